package org.sitrep.extract;

import org.sitrep.model.ScoredType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.Decimals;
import org.sitrep.model.SubEventType;

/**
 * The learned sub-event type model: a softmax (multinomial logistic) layer over a {@link SentenceEncoder}'s vector of
 * the text, with one class per ACLED sub-event type and one for NONE (text that reports no event). Its weights are
 * the output of the training command in sitrep-eval ({@code scripts/train-types}), trained only on sentences we
 * wrote; the runtime only loads them from {@value #FILE}, which also names the encoder the weights belong to and the
 * settings the training run calibrated on its held-out split. Immutable, loaded once, thread-safe.
 *
 * <p>The file says which head it holds in a {@code head} row: {@value #HEAD_LINEAR} (the softmax layer reads the
 * features directly; also what a file without a head row holds) or {@value #HEAD_MLP} (one {@link HiddenLayer} of
 * ReLU units, given by {@code hidden} rows, between the features and the softmax layer, whose class rows then weigh
 * the units).
 */
public final class LearnedTypeModel {
    /** The weights file, under the extract data directory. */
    public static final String FILE = "type-model.tsv";
    /** Head names in the file's {@code head} row. */
    public static final String HEAD_LINEAR = "linear";
    public static final String HEAD_MLP = "mlp";

    /** The model's answer for one text: a probability for each type, and for NONE. */
    public record Prediction(Map<SubEventType, Double> types, double none) {
        /** The most probable of the 25 types (NONE left out), with its probability renormalised over the types. */
        public ScoredType bestType() {
            double total = types.values().stream().mapToDouble(Double::doubleValue).sum();
            SubEventType best = null;
            for (var e : types.entrySet()) {
                if (best == null || e.getValue() > types.get(best)) {
                    best = e.getKey();
                }
            }
            return new ScoredType(best, total > 0 ? Math.min(1, types.get(best) / total) : 0);
        }
    }

    private final SentenceEncoder.Kind encoderKind;
    private final List<Optional<SubEventType>> classes;
    private final float[][] weights;
    private final float[] bias;
    /** Null for the linear head. */
    private final HiddenLayer hidden;
    private final Map<String, Double> settings;

    private static volatile LearnedTypeModel instance;

    /** The model shipped in the jar; its encoder is loaded on the first prediction, not here. */
    public static LearnedTypeModel get() {
        LearnedTypeModel m = instance;
        if (m == null) {
            synchronized (LearnedTypeModel.class) {
                m = instance;
                if (m == null) {
                    m = new LearnedTypeModel(DataFile.rows(FILE, 2));
                    instance = m;
                }
            }
        }
        return m;
    }

    /**
     * A model from the lines of a weights file (the training run reads back what it wrote with this); errors name
     * {@code fileName} and the line.
     */
    public static LearnedTypeModel parse(String fileName, List<String> lines) {
        return new LearnedTypeModel(DataRow.parse(fileName, lines, 2, DataFile.DataException::new));
    }

    LearnedTypeModel(List<DataRow> rows) {
        SentenceEncoder.Kind kind = null;
        String head = HEAD_LINEAR;
        List<Optional<SubEventType>> cls = new ArrayList<>();
        List<float[]> w = new ArrayList<>();
        List<Float> b = new ArrayList<>();
        List<float[]> hw = new ArrayList<>();
        List<Float> hb = new ArrayList<>();
        Map<String, Double> set = new HashMap<>();
        for (DataRow r : rows) {
            switch (r.col(0)) {
                case "encoder" -> kind = SentenceEncoder.Kind.parse(r.col(1))
                        .orElseThrow(() -> r.error("unknown encoder " + r.col(1)));
                case "head" -> head = head(r);
                case "setting" -> set.put(r.col(1), number(r, r.col(2)));
                case "hidden" -> {
                    if (r.cols().length < 3) {
                        throw r.error("a hidden row needs bias and weights");
                    }
                    hb.add((float) number(r, r.col(1)));
                    hw.add(sameLength(r, floats(r, r.col(2)), hw, "hidden unit", "the first unit"));
                }
                case "class" -> {
                    if (r.cols().length < 4) {
                        throw r.error("a class row needs label, bias and weights");
                    }
                    cls.add(r.col(1).equals(TypeScores.NONE) ? Optional.empty()
                            : Optional.of(SubEventType.parse(r.col(1))
                                    .orElseThrow(() -> r.error("unknown sub-event type " + r.col(1)))));
                    b.add((float) number(r, r.col(2)));
                    w.add(sameLength(r, floats(r, r.col(3)), w, "class", "the first class"));
                }
                default -> throw r.error("unknown row kind " + r.col(0) + " (encoder, head, setting, hidden or class)");
            }
        }
        if (kind == null || cls.size() < 2) {
            throw new DataFile.DataException(FILE + ": needs an encoder row and at least two class rows");
        }
        encoderKind = kind;
        classes = List.copyOf(cls);
        weights = w.toArray(new float[0][]);
        bias = floats(b);
        hidden = hiddenLayer(head, hw, hb, weights[0].length);
        settings = Map.copyOf(set);
    }

    private static String head(DataRow r) {
        String h = r.col(1);
        if (!h.equals(HEAD_LINEAR) && !h.equals(HEAD_MLP)) {
            throw r.error("unknown head " + h + " (" + HEAD_LINEAR + " or " + HEAD_MLP + ")");
        }
        return h;
    }

    /** The hidden layer an mlp head needs (null for a linear head, which must have no hidden rows). */
    private static HiddenLayer hiddenLayer(String head, List<float[]> hw, List<Float> hb, int classInputs) {
        if (head.equals(HEAD_LINEAR)) {
            if (!hw.isEmpty()) {
                throw new DataFile.DataException(FILE + ": hidden rows in a file whose head is " + HEAD_LINEAR);
            }
            return null;
        }
        if (hw.size() != classInputs) {
            throw new DataFile.DataException(FILE + ": " + hw.size() + " hidden units, but the class rows weigh "
                    + classInputs);
        }
        return new HiddenLayer(hw.toArray(new float[0][]), floats(hb));
    }

    private static float[] sameLength(DataRow r, float[] v, List<float[]> before, String what, String first) {
        if (!before.isEmpty() && v.length != before.get(0).length) {
            throw r.error(what + " has " + v.length + " weights, " + first + " " + before.get(0).length);
        }
        return v;
    }

    /** The space-separated numbers of a column (cut by hand: a regular-expression split per row cost at load). */
    private static float[] floats(DataRow r, String col) {
        String t = col.trim();
        float[] v = new float[t.isEmpty() ? 0 : 16];
        int n = 0;
        int i = 0;
        while (i < t.length()) {
            int end = t.indexOf(' ', i);
            if (end < 0) {
                end = t.length();
            }
            if (end > i) {
                if (n == v.length) {
                    v = Arrays.copyOf(v, n * 2);
                }
                v[n++] = (float) number(r, t.substring(i, end));
            }
            i = end + 1;
        }
        return n == v.length ? v : Arrays.copyOf(v, n);
    }

    private static float[] floats(List<Float> list) {
        float[] v = new float[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = list.get(i);
        }
        return v;
    }

    private static double number(DataRow r, String s) {
        double fast = Decimals.parse(s);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw r.error("not a number: " + s);
        }
    }

    /** A setting the training run chose (for instance how sure the rules must be to overrule the model). */
    public Optional<Double> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    public SentenceEncoder.Kind encoder() {
        return encoderKind;
    }

    /** Hashed stem features after the encoder's vector (0: the vector alone); see {@link TypeFeatures}. */
    public int lexicalBuckets() {
        return setting(LEXICAL_BUCKETS).orElse(0.0).intValue();
    }

    /** Setting name: how many hashed stem features follow the encoder's vector. */
    public static final String LEXICAL_BUCKETS = "lexical_buckets";

    /** Setting name: 1 when the {@link RuleCues} follow the stems in the model's input. */
    public static final String RULE_CUES = "rule_cues";

    /** Whether the weights were trained with the rules' cues as input. */
    public boolean ruleCues() {
        return setting(RULE_CUES).orElse(0.0) > 0;
    }

    /** Encodes the text and predicts; the rules' cues, when the weights use them, come from a plain classifier. */
    public Prediction predict(String text) {
        return predict(text, ruleCues() ? CueReader.INSTANCE.cues(text) : new float[0]);
    }

    /** Encodes the text and predicts with the rules' cues given ({@link SnippetClassifier#cues}, or empty). */
    public Prediction predict(String text, float[] cues) {
        return predict(TypeFeatures.of(encoderKind.get().encode(text), text, lexicalBuckets(), cues));
    }

    /** A classifier without actor or place names, made on first need, for callers that bring no cues. */
    private static final class CueReader {
        static final SnippetClassifier INSTANCE = new SnippetClassifier();
    }

    /** Predicts from the {@link TypeFeatures} of a text. */
    public Prediction predict(float[] vector) {
        int inputs = hidden == null ? weights[0].length : hidden.inputs();
        if (vector.length != inputs) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, model " + inputs);
        }
        return softmax(weights, bias, classes, hidden == null ? vector : hidden.apply(vector));
    }

    /** Which head the weights file holds: {@value #HEAD_LINEAR} or {@value #HEAD_MLP}. */
    public String head() {
        return hidden == null ? HEAD_LINEAR : HEAD_MLP;
    }

    /**
     * The class probabilities of a linear layer: one row of {@code weights} and one {@code bias} per class, a class
     * being a sub-event type or empty for NONE. The training run scores its held-out part with the same arithmetic.
     */
    public static Prediction softmax(float[][] weights, float[] bias, List<Optional<SubEventType>> classes,
                                     float[] vector) {
        double[] z = new double[classes.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            float[] wc = weights[c];
            for (int i = 0; i < wc.length; i++) {
                s += wc[i] * vector[i];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        Map<SubEventType, Double> types = new EnumMap<>(SubEventType.class);
        double none = 0;
        for (int c = 0; c < z.length; c++) {
            Optional<SubEventType> t = classes.get(c);
            if (t.isPresent()) {
                types.put(t.get(), z[c] / sum);
            } else {
                none = z[c] / sum;
            }
        }
        return new Prediction(types, none);
    }
}
