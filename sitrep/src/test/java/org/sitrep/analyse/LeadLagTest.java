package org.sitrep.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sitrep.model.analysis.Claim.Relation;
import org.sitrep.model.analysis.ClaimVerdict.Verdict;

/**
 * The lead-lag test on simulated worlds: a planted "lull precedes attack" effect is found (power at least 0.8), a
 * world without one is called supported at most at the nominal rate, one coincidence is insufficient evidence, and
 * the same seed gives the same answer.
 */
class LeadLagTest {
    private static final SeriesSettings S = SeriesSettings.standard();
    private static final int DAYS = 365;
    private static final int LAG = 3;

    /** A strike campaign at a few a day with lulls; attacks follow lulls when {@code planted}, else come at random. */
    private static int[][] world(boolean planted, SplittableRandom r) {
        int[] cause = new int[DAYS];
        boolean[] lull = new boolean[DAYS];
        for (int start = 10 + r.nextInt(20); start < DAYS - 10; start += 25 + r.nextInt(30)) {
            Arrays.fill(lull, start, Math.min(DAYS, start + 4 + r.nextInt(4)), true);
        }
        int[] effect = new int[DAYS];
        for (int t = 0; t < DAYS; t++) {
            cause[t] = PoissonChangesTest.poisson(lull[t] ? 0.3 : 4, r);
            boolean afterLull = t >= 2 && lull[t - 1] && lull[t - 2];
            double p = planted ? (afterLull ? 0.35 : 0.005) : 0.03;
            effect[t] = r.nextDouble() < p ? 1 : 0;
        }
        return new int[][] {cause, effect};
    }

    private static Verdict verdict(int[] cause, int[] effect, Relation relation, long seed) {
        double[] c = Arrays.stream(cause).asDoubleStream().toArray();
        LeadLag.Result res = new LeadLag(c, LAG, relation).run(effect, S.maxShifts(), 199, S.intervalLevel(), seed);
        return ClaimAnalysis.verdict(S, relation, res);
    }

    @Test
    void aPlantedLullEffectIsFound() {
        SplittableRandom r = new SplittableRandom(11);
        int worlds = 60;
        int supported = 0;
        for (int w = 0; w < worlds; w++) {
            int[][] x = world(true, r);
            supported += verdict(x[0], x[1], Relation.LULL_PRECEDES, w) == Verdict.SUPPORTED ? 1 : 0;
        }
        assertTrue(supported >= 0.8 * worlds, "power " + supported + "/" + worlds);
    }

    @Test
    void aWorldWithoutTheEffectIsSupportedAtMostAtTheNominalRate() {
        SplittableRandom r = new SplittableRandom(12);
        int worlds = 1000;
        int supported = 0;
        for (int w = 0; w < worlds; w++) {
            int[][] x = world(false, r);
            supported += verdict(x[0], x[1], Relation.LULL_PRECEDES, w) == Verdict.SUPPORTED ? 1 : 0;
        }
        // nominal 5%: with 1000 worlds, 50 expected (sd 7); more than 65 would be beyond chance
        assertTrue(supported <= 65, supported + " of " + worlds + " worlds without the effect called supported");
    }

    @Test
    void oneAttackAfterOneLullIsInsufficientEvidence() {
        double[] cause = new double[60];
        Arrays.fill(cause, 5);
        Arrays.fill(cause, 40, 45, 0);
        int[] effect = new int[60];
        effect[44] = 1;
        LeadLag.Result r = new LeadLag(cause, LAG, Relation.LULL_PRECEDES).run(effect, S.maxShifts(), 199,
                S.intervalLevel(), 1);
        // no strike in the 3 days before it, 55 in the 12 before those (day 40 begins the lull): half an event each
        assertEquals(Math.log(0.5 / 3) - Math.log(55.5 / 12), r.statistic(), 1e-12, "right after the lull");
        assertTrue(r.effect() < 0.05, "the cause ran at under 5% of its level: " + r.effect());
        assertEquals(1, r.used());
        assertEquals(Verdict.INSUFFICIENT_EVIDENCE, ClaimAnalysis.verdict(S, Relation.LULL_PRECEDES, r));
    }

    @Test
    void aRisePrecedingEffectsIsFoundAndNotWhereTheCauseFalls() {
        SplittableRandom r = new SplittableRandom(5);
        double[] cause = new double[DAYS];
        int[] effect = new int[DAYS];
        for (int t = 0; t < DAYS; t++) {
            boolean surge = t % 30 >= 20 && t % 30 < 24;
            cause[t] = PoissonChangesTest.poisson(surge ? 8 : 1, r);
            effect[t] = t % 30 == 23 ? 1 : 0;
        }
        LeadLag rise = new LeadLag(cause, LAG, Relation.RISE_PRECEDES);
        LeadLag.Result res = rise.run(effect, S.maxShifts(), 199, S.intervalLevel(), 3);
        assertEquals(Verdict.SUPPORTED, ClaimAnalysis.verdict(S, Relation.RISE_PRECEDES, res), res.toString());
        assertTrue(res.interval().low() > 0, "the interval of the rise excludes none: " + res);
        LeadLag.Result lull = new LeadLag(cause, LAG, Relation.LULL_PRECEDES).run(effect, S.maxShifts(), 199,
                S.intervalLevel(), 3);
        assertEquals(Verdict.NOT_SUPPORTED, ClaimAnalysis.verdict(S, Relation.LULL_PRECEDES, lull), lull.toString());
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        int[][] x = world(true, new SplittableRandom(3));
        double[] c = Arrays.stream(x[0]).asDoubleStream().toArray();
        LeadLag t = new LeadLag(c, LAG, Relation.LULL_PRECEDES);
        assertEquals(t.run(x[1], 50, 99, 0.95, 42), t.run(x[1], 50, 99, 0.95, 42));
    }
}
