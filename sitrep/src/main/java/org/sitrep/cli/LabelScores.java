package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accuracy and support-weighted F1 of predicted labels against gold labels, over the gold labels present. A
 * prediction of a label absent from the gold set costs recall of the true label only (there is no class of its
 * own to average in), as in scikit-learn's {@code f1_score(average="weighted")} with labels = the gold labels.
 */
record LabelScores(int n, double accuracy, double weightedF1, int labels) {

    /** One scored item: a gold label and the predicted one (never null; a "no type" answer is a label too). */
    record Pair(String gold, String predicted) {
        Pair {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(predicted, "predicted");
        }
    }

    static LabelScores of(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no labelled items to score");
        }
        Map<String, int[]> byGold = new LinkedHashMap<>(); // label -> {support, true positives}
        Map<String, Integer> predicted = new LinkedHashMap<>();
        int correct = 0;
        for (Pair p : pairs) {
            int[] c = byGold.computeIfAbsent(p.gold(), k -> new int[2]);
            c[0]++;
            if (p.gold().equals(p.predicted())) {
                c[1]++;
                correct++;
            }
            predicted.merge(p.predicted(), 1, Integer::sum);
        }
        double weighted = 0;
        for (var e : byGold.entrySet()) {
            int support = e.getValue()[0];
            int tp = e.getValue()[1];
            int predictedAs = predicted.getOrDefault(e.getKey(), 0);
            double f1 = tp == 0 ? 0 : 2.0 * tp / (support + predictedAs);
            weighted += f1 * support;
        }
        return new LabelScores(pairs.size(), (double) correct / pairs.size(), weighted / pairs.size(),
                byGold.size());
    }
}
