package org.sitrep.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An air side's strike campaign: a Poisson rate per day, piecewise constant, with planted change points. From its
 * base rate it drops into a lull or rises into a surge, then returns to the base at the next change point; change
 * points are at least {@link #MIN_GAP} days apart and away from the ends. The day's strikes follow the planned rate
 * times a sortie tempo drawn afresh every {@link #TEMPO_DAYS} days (exponential, mean 1): weather, maintenance and
 * target lists make real strike counts bunch and pause for days (a real table reads 4, 8, 1, 0, 0), which a plain
 * Poisson rate of one or two a day almost never does.
 */
final class StrikeCampaign {
    static final int MIN_GAP = 20;
    /** One change point per this many days (at least one). */
    static final int DAYS_PER_CHANGE = 120;
    static final int TEMPO_DAYS = 3;
    private final SimSide side;
    private final double[] rate;
    private final double[] tempo;
    private final List<ChangePoint> changes;

    private StrikeCampaign(SimSide side, double[] rate, double[] tempo, List<ChangePoint> changes) {
        this.side = side;
        this.rate = rate;
        this.tempo = tempo;
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
        double[] tempo = new double[days];
        for (int d = 0; d < days; d++) {
            tempo[d] = d % TEMPO_DAYS == 0 ? -Math.log(1 - rnd.nextDouble()) : tempo[d - 1];
        }
        return new StrikeCampaign(side, rate, tempo, changes);
    }

    SimSide side() {
        return side;
    }

    /** The planned rate (what the change points change). */
    double rate(int day) {
        return rate[day];
    }

    /** The rate strikes are drawn at on the day: the plan times the tempo. */
    double strikeRate(int day) {
        return rate[day] * tempo[day];
    }

    List<ChangePoint> changes() {
        return changes;
    }
}
