package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

/**
 * A multinomial naive Bayes model over content-word stems and stem bigrams, trained when loaded on labelled sentences
 * we wrote (exemplars.tsv and the development snippets, never a held-out set). It gives the forced type choice a
 * reading of the whole wording when the trigger rules find nothing, and breaks ties between trigger votes. Uniform
 * class prior: the training rows are not a sample of real event frequencies. Immutable, thread-safe.
 */
final class WordTypeModel {
    /** Add-alpha smoothing; small because the vocabulary is large next to a few hundred sentences. */
    private static final double ALPHA = 0.1;

    private final Map<String, double[]> logLikelihood = new HashMap<>();
    private final double[] unseen;
    private final SubEventType[] classes;

    /** A labelled training sentence. */
    record Example(SubEventType type, String text) {
    }

    private static volatile WordTypeModel instance;

    /** The model trained on exemplars.tsv and labelled/snippets-dev.tsv (rows labelled NONE left out). */
    static WordTypeModel get() {
        WordTypeModel m = instance;
        if (m == null) {
            synchronized (WordTypeModel.class) {
                m = instance;
                if (m == null) {
                    m = new WordTypeModel(training());
                    instance = m;
                }
            }
        }
        return m;
    }

    private static List<Example> training() {
        List<Example> out = new ArrayList<>();
        for (DataRow r : DataFile.rows("exemplars.tsv", 2)) {
            out.add(new Example(type(r, r.col(0)), r.col(1)));
        }
        boolean header = true;
        for (DataRow r : DataFile.rows("labelled/snippets-dev.tsv", 3)) {
            if (header && r.col(0).equals("id")) {
                header = false;
                continue;
            }
            if (!r.col(1).equals(TypeEvaluation.NONE)) {
                out.add(new Example(type(r, r.col(1)), r.col(2)));
            }
        }
        return out;
    }

    private static SubEventType type(DataRow r, String label) {
        return SubEventType.parse(label).orElseThrow(() -> r.error("unknown sub-event type " + label));
    }

    WordTypeModel(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Map<SubEventType, Integer> index = new EnumMap<>(SubEventType.class);
        for (Example e : examples) {
            index.putIfAbsent(e.type(), index.size());
        }
        classes = new SubEventType[index.size()];
        index.forEach((t, i) -> classes[i] = t);
        Map<String, int[]> counts = new HashMap<>();
        int[] totals = new int[classes.length];
        for (Example e : examples) {
            int c = index.get(e.type());
            for (String f : features(e.text())) {
                counts.computeIfAbsent(f, x -> new int[classes.length])[c]++;
                totals[c]++;
            }
        }
        int vocabulary = counts.size() + 1;
        unseen = new double[classes.length];
        for (int c = 0; c < classes.length; c++) {
            unseen[c] = Math.log(ALPHA / (totals[c] + ALPHA * vocabulary));
        }
        counts.forEach((f, n) -> {
            double[] ll = new double[classes.length];
            for (int c = 0; c < classes.length; c++) {
                ll[c] = Math.log((n[c] + ALPHA) / (totals[c] + ALPHA * vocabulary));
            }
            logLikelihood.put(f, ll);
        });
    }

    /** Posterior probability of each known type for the text; features never seen in training are ignored. */
    Map<SubEventType, Double> posterior(String text) {
        double[] score = new double[classes.length];
        boolean any = false;
        for (String f : features(text)) {
            double[] ll = logLikelihood.get(f);
            if (ll == null) {
                continue;
            }
            any = true;
            for (int c = 0; c < classes.length; c++) {
                score[c] += ll[c];
            }
        }
        Map<SubEventType, Double> out = new EnumMap<>(SubEventType.class);
        if (!any) {
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < classes.length; c++) {
            score[c] = Math.exp(score[c] - max);
            sum += score[c];
        }
        for (int c = 0; c < classes.length; c++) {
            out.put(classes[c], score[c] / sum);
        }
        return out;
    }

    /** The most probable type with its probability, or null when no word of the text was seen in training. */
    ScoredType best(String text) {
        return best(text, null);
    }

    /** The most probable type among {@code among} (all when null), with its probability; null if none. */
    ScoredType best(String text, Set<SubEventType> among) {
        ScoredType best = null;
        for (Map.Entry<SubEventType, Double> e : posterior(text).entrySet()) {
            if ((among == null || among.contains(e.getKey())) && (best == null || e.getValue() > best.score())) {
                best = new ScoredType(e.getKey(), Math.min(1, e.getValue()));
            }
        }
        return best;
    }

    /** Content-word stems (as {@link Exemplars#stems} cuts them) and bigrams of consecutive content stems. */
    static List<String> features(String text) {
        List<String> stems = Exemplars.stemSequence(text);
        List<String> out = new ArrayList<>(stems.size() * 2);
        out.addAll(stems);
        for (int i = 1; i < stems.size(); i++) {
            out.add(stems.get(i - 1) + " " + stems.get(i));
        }
        return out;
    }
}
