package org.sitrep.eval.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Clustering agreement between gold and predicted labels of the same items: pairwise precision/recall/F1 (over
 * all pairs of items put together) and B-cubed precision/recall/F1 (per item, averaged).
 */
public record ClusterScores(int items, int goldClusters, int predictedClusters, double pairPrecision,
                            double pairRecall, double pairF1, double b3Precision, double b3Recall, double b3F1) {

    /** Scores two labellings of the same items (item id to cluster label; both maps must have the same keys). */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
        if (!gold.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("gold and predicted labellings must cover the same items");
        }
        List<String> ids = gold.keySet().stream().sorted().toList();
        Map<String, Integer> goldSize = sizes(gold);
        Map<String, Integer> predSize = sizes(predicted);
        Map<String, Integer> both = new HashMap<>();
        for (String id : ids) {
            both.merge(gold.get(id) + "\u0000" + predicted.get(id), 1, Integer::sum);
        }
        long tp = 0;
        for (int n : both.values()) {
            tp += (long) n * (n - 1) / 2;
        }
        long predPairs = predSize.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long goldPairs = goldSize.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
        double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
        double bp = 0;
        double br = 0;
        for (String id : ids) {
            int common = both.get(gold.get(id) + "\u0000" + predicted.get(id));
            bp += (double) common / predSize.get(predicted.get(id));
            br += (double) common / goldSize.get(gold.get(id));
        }
        int n = ids.size();
        bp = n == 0 ? 1 : bp / n;
        br = n == 0 ? 1 : br / n;
        return new ClusterScores(n, goldSize.size(), predSize.size(), pp, pr, f1(pp, pr), bp, br, f1(bp, br));
    }

    private static Map<String, Integer> sizes(Map<String, String> labels) {
        Map<String, Integer> s = new HashMap<>();
        labels.values().forEach(l -> s.merge(Objects.requireNonNull(l, "label"), 1, Integer::sum));
        return s;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
