package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Change points of a piecewise-constant Poisson rate by PELT (Killick, Fearnhead and Eckley 2012): the segmentation
 * that minimises the summed negative log-likelihood of its segments plus a penalty per change, found exactly in
 * about linear time by pruning split points that can never again be optimal. Each observation {@code y[i]} is a
 * count over an exposure {@code e[i] > 0} (days observed), so partial buckets and gaps weigh what they hold.
 */
final class PoissonChanges {
    private final double[] cumY;
    private final double[] cumE;

    PoissonChanges(double[] y, double[] e) {
        if (y.length != e.length) {
            throw new IllegalArgumentException("counts and exposures differ in length");
        }
        cumY = new double[y.length + 1];
        cumE = new double[y.length + 1];
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] >= 0) || !(e[i] > 0)) {
                throw new IllegalArgumentException("observation " + i + ": count " + y[i] + " over exposure " + e[i]);
            }
            cumY[i + 1] = cumY[i] + y[i];
            cumE[i + 1] = cumE[i] + e[i];
        }
    }

    int size() {
        return cumY.length - 1;
    }

    /** The total count of observations {@code [from, to)}. */
    double total(int from, int to) {
        return cumY[to] - cumY[from];
    }

    /** The exposure of observations {@code [from, to)}. */
    double exposure(int from, int to) {
        return cumE[to] - cumE[from];
    }

    /** Minus the maximised Poisson log-likelihood of {@code [from, to)} at one rate (terms free of the rate left out). */
    double cost(int from, int to) {
        double y = total(from, to);
        return y == 0 ? 0 : -(y * Math.log(y / exposure(from, to)) - y);
    }

    /**
     * The indexes at which a new rate starts (ascending, never 0), each segment at least {@code minSegment}
     * observations long, for this penalty per change.
     */
    List<Integer> changes(double penalty, int minSegment) {
        int n = size();
        if (n < 2 * minSegment) {
            return List.of();
        }
        double[] best = new double[n + 1];
        int[] last = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = -penalty;
        // the live split points in ascending order (the first of equal minima wins, as in a list), and for each
        // split point the step from which it is pruned (see below): arrays, so a step costs its candidates only
        int[] candidates = new int[n + 1];
        int live = 0;
        double[] through = new double[n + 1];
        int[] droppedFrom = new int[n + 1];
        Arrays.fill(droppedFrom, Integer.MAX_VALUE);
        for (int t = minSegment; t <= n; t++) {
            int kept = 0;
            for (int i = 0; i < live; i++) {
                if (droppedFrom[candidates[i]] > t) {
                    candidates[kept++] = candidates[i];
                }
            }
            live = kept;
            int s0 = t - minSegment;
            if (best[s0] < Double.POSITIVE_INFINITY) {
                candidates[live++] = s0;
            }
            double min = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int i = 0; i < live; i++) {
                int s = candidates[i];
                through[i] = best[s] + cost(s, t);
                double f = through[i] + penalty;
                if (f < min) {
                    min = f;
                    arg = s;
                }
            }
            best[t] = min;
            last[t] = arg;
            // PELT's pruning: a split point s with best[s] + cost(s, t) above best[t] is beaten at every later end T
            // by the path through t (the cost of one rate over [s, T) is at least that of two, split at t), but
            // only where t may be a change, that is from T = t + minSegment on: until then s stays a candidate
            for (int i = 0; i < live; i++) {
                if (through[i] > min) {
                    droppedFrom[candidates[i]] = Math.min(droppedFrom[candidates[i]], t + minSegment);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int t = last[n]; t > 0; t = last[t]) {
            out.add(t);
        }
        Collections.reverse(out);
        return out;
    }
}
