package org.sitrep.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.SubEventType;

/**
 * Scores {@link SnippetClassifier} against a labelled snippet file ({@code id<TAB>sub_event_type<TAB>text}, one
 * header line, label {@code NONE} for text that reports no event).
 *
 * <p>Two runs, each scored with support-weighted F1:
 * <ul>
 * <li><b>forced</b>: only rows whose label is one of ACLED's 25 sub-event types; the prediction is
 * {@link SnippetClassifier#classifyForced}. Classes are the 25 types.</li>
 * <li><b>unforced</b>: every row; the prediction is {@link SnippetClassifier#detect} (empty means NONE). Classes are
 * the 25 types plus NONE, and NONE counts as a class like any other.</li>
 * </ul>
 * Weighted F1 = sum over classes c of support(c) x F1(c) / number of scored rows, where support(c) is the number of
 * rows labelled c, P(c) = correct(c) / predicted(c), R(c) = correct(c) / support(c), F1 = 2PR / (P + R), and a ratio
 * with a zero denominator is 0. Classes never in the gold labels have weight 0 (their false positives still lower
 * the precision of nothing but themselves, and the recall of the true class). This is scikit-learn's
 * {@code f1_score(average="weighted")} with {@code zero_division=0}.
 */
public final class TypeEvaluation {
    /** The label name for "no event". */
    public static final String NONE = "NONE";

    /** One labelled snippet; {@code label} empty means NONE. */
    public record Row(String id, Optional<SubEventType> label, String text) {
        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }

        String labelName() {
            return label.map(SubEventType::label).orElse(NONE);
        }
    }

    /** Precision, recall, F1 and support of one class. */
    public record ClassScore(String label, double precision, double recall, double f1, int support, int predicted) {
    }

    /** A gold/predicted pair that was wrong, and how often. */
    public record Confusion(String gold, String predicted, int count) {
    }

    /** The scores of one run. */
    public record Score(int rows, double weightedF1, double accuracy, List<ClassScore> perClass,
                        List<Confusion> confusions, List<String> errors) {
    }

    /** Both runs over one file. */
    public record Result(Score forced, Score unforced) {
    }

    private TypeEvaluation() {
    }

    /** Reads a labelled file; fails naming the file and line on a bad row or an unknown label. */
    public static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("id\t")) {
            throw new IllegalArgumentException(file + ": first line must be the header id<TAB>sub_event_type<TAB>text");
        }
        List<Row> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = file + " line " + (n + 1) + ": ";
            if (cols.length != 3 || cols[0].isBlank() || cols[2].isBlank()) {
                throw new IllegalArgumentException(where + "expected id, label and text separated by tabs");
            }
            if (!ids.add(cols[0])) {
                throw new IllegalArgumentException(where + "duplicate id " + cols[0]);
            }
            Optional<SubEventType> label;
            if (cols[1].equals(NONE)) {
                label = Optional.empty();
            } else {
                // exactly ACLED's spelling, not the lenient enum-name match
                SubEventType t = SubEventType.parse(cols[1]).filter(s -> s.label().equals(cols[1]))
                        .orElseThrow(() -> new IllegalArgumentException(where + "unknown label '" + cols[1] + "'"));
                label = Optional.of(t);
            }
            out.add(new Row(cols[0], label, cols[2]));
        }
        return out;
    }

    public static Result evaluate(List<Row> rows, SnippetClassifier c) {
        List<String[]> forced = new ArrayList<>();
        List<String[]> unforced = new ArrayList<>();
        for (Row r : rows) {
            String predicted = c.detect(r.text()).map(st -> st.type().label()).orElse(NONE);
            unforced.add(new String[] {r.id(), r.labelName(), predicted});
            if (r.label().isPresent()) {
                forced.add(new String[] {r.id(), r.labelName(), c.classifyForced(r.text()).type().label()});
            }
        }
        return new Result(score(forced), score(unforced));
    }

    /** Scores (id, gold, predicted) triples. */
    public static Score score(List<String[]> pairs) {
        Map<String, Integer> support = new TreeMap<>();
        Map<String, Integer> predicted = new TreeMap<>();
        Map<String, Integer> correct = new TreeMap<>();
        Map<String, Integer> confusions = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (String[] p : pairs) {
            support.merge(p[1], 1, Integer::sum);
            predicted.merge(p[2], 1, Integer::sum);
            if (p[1].equals(p[2])) {
                correct.merge(p[1], 1, Integer::sum);
            } else {
                confusions.merge(p[1] + "\t" + p[2], 1, Integer::sum);
                errors.add(p[0] + ": " + p[1] + " -> " + p[2]);
            }
        }
        Set<String> classes = new HashSet<>(support.keySet());
        classes.addAll(predicted.keySet());
        List<ClassScore> per = new ArrayList<>();
        double weighted = 0;
        int right = 0;
        for (String cl : classes) {
            int tp = correct.getOrDefault(cl, 0);
            int sup = support.getOrDefault(cl, 0);
            int pred = predicted.getOrDefault(cl, 0);
            double p = pred == 0 ? 0 : (double) tp / pred;
            double r = sup == 0 ? 0 : (double) tp / sup;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            per.add(new ClassScore(cl, p, r, f, sup, pred));
            weighted += sup * f;
            right += tp;
        }
        per.sort(Comparator.comparing(ClassScore::label));
        List<Confusion> conf = new ArrayList<>();
        confusions.forEach((k, v) -> {
            String[] gp = k.split("\t");
            conf.add(new Confusion(gp[0], gp[1], v));
        });
        conf.sort(Comparator.comparingInt(Confusion::count).reversed().thenComparing(Confusion::gold));
        int n = pairs.size();
        return new Score(n, n == 0 ? 0 : weighted / n, n == 0 ? 0 : (double) right / n, List.copyOf(per),
                List.copyOf(conf), List.copyOf(errors));
    }

    /** A readable summary of one run. */
    public static void print(String title, Score s, PrintStream out) {
        out.printf(Locale.ROOT, "%s: rows=%d weightedF1=%.3f accuracy=%.3f%n", title, s.rows(), s.weightedF1(),
                s.accuracy());
        for (ClassScore c : s.perClass()) {
            out.printf(Locale.ROOT, "  %-36s P=%.2f R=%.2f F1=%.2f support=%d predicted=%d%n", c.label(),
                    c.precision(), c.recall(), c.f1(), c.support(), c.predicted());
        }
        for (Confusion c : s.confusions()) {
            out.printf(Locale.ROOT, "  confused %-36s -> %-36s x%d%n", c.gold(), c.predicted(), c.count());
        }
    }

    /** Usage: TypeEvaluation FILE [--errors] ; prints both runs. */
}
