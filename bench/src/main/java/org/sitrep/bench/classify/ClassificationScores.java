package org.sitrep.bench.classify;

import java.util.List;

/**
 * Scores over a set of positive labels (NONE is never one of them, but NONE predictions and NONE gold items count
 * as misses and false alarms). Definitions follow scikit-learn's {@code precision_recall_fscore_support} with
 * {@code labels=} the positive labels and {@code zero_division=0}: a label never predicted has precision 0,
 * a label never in the gold data has recall 0, and F1 is 0 when precision and recall are both 0.
 * Weighted F1 = sum over labels of support x F1 / total support (labels without support weigh nothing);
 * macro F1 = plain mean over the labels that have support.
 */
public record ClassificationScores(List<TypeScore> perLabel, double weightedF1, double macroF1, double accuracy,
        int items) {

    public ClassificationScores {
        perLabel = List.copyOf(perLabel);
    }

    public static ClassificationScores of(ConfusionMatrix m, List<String> positiveLabels) {
        List<TypeScore> per = positiveLabels.stream().map(l -> score(m, l)).toList();
        int support = per.stream().mapToInt(TypeScore::support).sum();
        double weighted = support == 0 ? Double.NaN
                : per.stream().mapToDouble(s -> s.support() * s.f1()).sum() / support;
        double macro = per.stream().filter(s -> s.support() > 0).mapToDouble(TypeScore::f1).average()
                .orElse(Double.NaN);
        double accuracy = m.total() == 0 ? Double.NaN : (double) m.correct() / m.total();
        return new ClassificationScores(per, weighted, macro, accuracy, m.total());
    }

    static TypeScore score(ConfusionMatrix m, String label) {
        int tp = m.count(label, label);
        int gold = m.goldCount(label);
        int predicted = m.predictedCount(label);
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new TypeScore(label, gold, predicted, tp, p, r, f);
    }
}
