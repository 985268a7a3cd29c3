package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.model.analysis.Claim;
import org.sitrep.model.analysis.Interval;

/**
 * The lead-lag statistic of a claimed pattern and its null. For each effect event on day t the cause is read in the
 * {@code lag} days before it: for "a lull preceded", against the cause's own level just before: the log of its mean
 * per observed day in t-lag..t-1 over its mean in the {@link #BASELINE_LAGS} × {@code lag} days before those (half an
 * event added to each window's count, so a strike-free week reads as a finite lull; low supports the claim); for "a
 * rise preceded", that mean minus the mean of the {@code lag} days before those (high supports it). A lull read
 * against the cause's whole-span mean mixes the claim with the campaign's months-long regimes (a lull week inside a
 * surge reads as busy); read against its recent level, it is the drop the claim speaks of. The statistic is the mean
 * over effect events whose windows hold observed cause days. Its null comes from circular shifts of the effect series
 * against the cause, which keep each series' own clustering and break only their alignment; the p-value is one-sided.
 * The effect size (for a lull the exponential of the statistic: the cause's level before effect events as a share of
 * its level in the weeks before, for a rise the statistic itself) gets a percentile bootstrap interval over the
 * effect events.
 */
final class LeadLag {
    /** The baseline a lull is read against, in lags before the lag's window. */
    static final int BASELINE_LAGS = 4;
    /** Half an event added to each window's count: a window without a strike is a deep lull, not minus infinity. */
    private static final double HALF_EVENT = 0.5;
    /** What the test found; {@code shifts} is how many shifts gave a usable statistic. */
    record Result(double statistic, double effect, int used, int shifts, double pValue, Interval interval,
                  double causeMean, int causeDays) {
    }

    private final double[] cause;
    private final int lag;
    private final Claim.Relation relation;
    private final double causeMean;
    private final int causeDays;

    /** {@code cause[i]} is NaN on a day nothing says how much of the cause there was. */
    LeadLag(double[] cause, int lag, Claim.Relation relation) {
        this.cause = cause.clone();
        this.lag = lag;
        this.relation = relation;
        Observed all = observed(0, this.cause.length);
        this.causeDays = all.days();
        this.causeMean = all.mean();
    }

    Result run(int[] effect, int maxShifts, int resamples, double level, long seed) {
        if (effect.length != cause.length) {
            throw new IllegalArgumentException("cause and effect series differ in length");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Double> windows = windows(effect);
        double observed = mean(windows);
        int n = effect.length;
        int[] shifts = shifts(n, maxShifts, random);
        int usable = 0;
        int asExtreme = 0;
        int[] moved = new int[n];
        for (int s : shifts) {
            for (int t = 0; t < n; t++) {
                moved[(t + s) % n] = effect[t];
            }
            double v = mean(windows(moved));
            if (Double.isNaN(v) || Double.isNaN(observed)) {
                continue;
            }
            usable++;
            double tolerance = 1e-12 * Math.max(1, Math.abs(observed));
            boolean extreme = relation == Claim.Relation.LULL_PRECEDES ? v <= observed + tolerance
                    : v >= observed - tolerance;
            asExtreme += extreme ? 1 : 0;
        }
        double p = Double.isNaN(observed) ? Double.NaN : (1.0 + asExtreme) / (1.0 + usable);
        return new Result(observed, effect(observed), windows.size(), usable, p,
                bootstrap(windows, resamples, level, random), causeMean, causeDays);
    }

    /** The effect size of a statistic: the share of its usual rate the cause ran at (lull), or the rise per day. */
    private double effect(double statistic) {
        if (Double.isNaN(statistic)) {
            return Double.NaN;
        }
        if (relation == Claim.Relation.RISE_PRECEDES) {
            return statistic;
        }
        return Math.exp(statistic);
    }

    /** The cause read before each effect event (one entry per event) whose window holds an observed day. */
    List<Double> windows(int[] effect) {
        List<Double> out = new ArrayList<>();
        for (int t = 0; t < effect.length; t++) {
            if (effect[t] == 0) {
                continue;
            }
            double w = window(t);
            for (int k = 0; k < effect[t] && !Double.isNaN(w); k++) {
                out.add(w);
            }
        }
        return out;
    }

    private double window(int t) {
        if (relation == Claim.Relation.LULL_PRECEDES) {
            return logLevel(t - lag, t) - logLevel(t - (1 + BASELINE_LAGS) * lag, t - lag);
        }
        return meanOf(t - lag, t) - meanOf(t - 2 * lag, t - lag);
    }

    /** The log of the cause's level over days {@code [from, to)}, half an event added; NaN when none is observed. */
    private double logLevel(int from, int to) {
        Observed o = observed(from, to);
        return o.days() == 0 ? Double.NaN : Math.log((o.sum() + HALF_EVENT) / o.days());
    }

    /** The mean observed cause over days {@code [from, to)}; NaN when none of them is observed or in range. */
    private double meanOf(int from, int to) {
        return observed(from, to).mean();
    }

    /** The cause over days {@code [from, to)}: its sum over the observed days among them, and how many. */
    private Observed observed(int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, cause.length); i++) {
            if (!Double.isNaN(cause[i])) {
                sum += cause[i];
                n++;
            }
        }
        return new Observed(sum, n);
    }

    private record Observed(double sum, int days) {
        double mean() {
            return days == 0 ? Double.NaN : sum / days;
        }
    }

    private static double mean(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.size();
    }

    /** Every non-zero shift when there are few enough, else a seeded sample of them. */
    private static int[] shifts(int n, int max, SplittableRandom random) {
        if (n - 1 <= max) {
            int[] all = new int[Math.max(0, n - 1)];
            for (int i = 0; i < all.length; i++) {
                all[i] = i + 1;
            }
            return all;
        }
        int[] some = new int[max];
        for (int i = 0; i < max; i++) {
            some[i] = 1 + random.nextInt(n - 1);
        }
        return some;
    }

    private Interval bootstrap(List<Double> windows, int resamples, double level, SplittableRandom random) {
        if (windows.isEmpty()) {
            return null;
        }
        double[] effects = new double[resamples];
        int k = windows.size();
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += windows.get(random.nextInt(k));
            }
            effects[b] = effect(sum / k);
        }
        java.util.Arrays.sort(effects);
        if (Double.isNaN(effects[0]) || Double.isNaN(effects[resamples - 1])) {
            return null;
        }
        double tail = (1 - level) / 2;
        int lo = (int) Math.floor(tail * (resamples - 1));
        int hi = (int) Math.ceil((1 - tail) * (resamples - 1));
        return new Interval(effects[lo], effects[hi]);
    }
}
