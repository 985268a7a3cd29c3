package org.sitrep.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An air side's strike campaign: a Poisson rate per day, piecewise constant, with planted change points. From its
 * base rate it drops into a lull or rises into a surge, then returns to the base at the next change point; change
 * points are at least {@link #MIN_GAP} days apart and away from the ends.
 */
final class StrikeCampaign {
    static final int MIN_GAP = 20;
    /** One change point per this many days (at least one). */
    static final int DAYS_PER_CHANGE = 120;
    private final SimSide side;
    private final double[] rate;
    private final List<ChangePoint> changes;

    private StrikeCampaign(SimSide side, double[] rate, List<ChangePoint> changes) {
        this.side = side;
        this.rate = rate;
        this.changes = List.copyOf(changes);
    }

    static StrikeCampaign plan(SimSide side, int days, SplittableRandom rnd) {
        double base = 0.8 + rnd.nextDouble() * 1.2;
        int wanted = Math.max(1, days / DAYS_PER_CHANGE);
        List<Integer> at = new ArrayList<>();
        for (int tries = 0; at.size() < wanted && tries < 1000 && days > 2 * MIN_GAP; tries++) {
            int d = MIN_GAP + rnd.nextInt(days - 2 * MIN_GAP);
            if (at.stream().allMatch(x -> Math.abs(x - d) >= MIN_GAP)) {
                at.add(d);
            }
        }
        at.sort(null);
        double[] rate = new double[days];
        List<ChangePoint> changes = new ArrayList<>();
        double now = base;
        int next = 0;
        for (int d = 0; d < days; d++) {
            if (next < at.size() && at.get(next) == d) {
                double after = now != base ? base
                        : rnd.nextBoolean() ? base * (0.15 + 0.2 * rnd.nextDouble()) : base * (2 + rnd.nextDouble());
                changes.add(new ChangePoint(d, now, after));
                now = after;
                next++;
            }
            rate[d] = now;
        }
        return new StrikeCampaign(side, rate, changes);
    }

    SimSide side() {
        return side;
    }

    double rate(int day) {
        return rate[day];
    }

    List<ChangePoint> changes() {
        return changes;
    }
}
