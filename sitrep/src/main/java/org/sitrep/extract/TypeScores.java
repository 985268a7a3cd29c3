package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Agreement of predicted labels with given ones: support-weighted F1, accuracy, per-class scores and confusions.
 * Used by {@code sitrep classify} on a labelled input; the evaluations (module sitrep-eval) score with it too, so
 * there is one definition of the figure.
 *
 * <p>Weighted F1 = sum over classes c of support(c) x F1(c) / number of scored rows, where support(c) is the number
 * of rows labelled c, P(c) = correct(c) / predicted(c), R(c) = correct(c) / support(c), F1 = 2PR / (P + R), and a
 * ratio with a zero denominator is 0. Classes never in the gold labels have weight 0 (their false positives still
 * lower the recall of the true class). This is scikit-learn's {@code f1_score(average="weighted")} with
 * {@code zero_division=0}.
 */
public final class TypeScores {
    /** The label name for "no event". */
    public static final String NONE = "NONE";

    /** One scored row: its id, the given label and the predicted one. */
    public record Judged(String id, String gold, String predicted) {
    }

    /** Precision, recall, F1 and support of one class. */
    public record ClassScore(String label, double precision, double recall, double f1, int support, int predicted) {
    }

    /** A gold/predicted pair that was wrong, and how often. */
    public record Confusion(String gold, String predicted, int count) {
    }

    /** The scores of one run; {@code errors} lists every wrong row as "id: gold -> predicted". */
    public record Score(int rows, double weightedF1, double accuracy, List<ClassScore> perClass,
                        List<Confusion> confusions, List<String> errors) {
    }

    private TypeScores() {
    }

    public static Score score(List<Judged> rows) {
        Map<String, Integer> support = new TreeMap<>();
        Map<String, Integer> predicted = new TreeMap<>();
        Map<String, Integer> correct = new TreeMap<>();
        Map<String, Integer> confusions = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Judged p : rows) {
            support.merge(p.gold(), 1, Integer::sum);
            predicted.merge(p.predicted(), 1, Integer::sum);
            if (p.gold().equals(p.predicted())) {
                correct.merge(p.gold(), 1, Integer::sum);
            } else {
                confusions.merge(p.gold() + "\t" + p.predicted(), 1, Integer::sum);
                errors.add(p.id() + ": " + p.gold() + " -> " + p.predicted());
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
        int n = rows.size();
        return new Score(n, n == 0 ? 0 : weighted / n, n == 0 ? 0 : (double) right / n, List.copyOf(per),
                List.copyOf(conf), List.copyOf(errors));
    }
}
