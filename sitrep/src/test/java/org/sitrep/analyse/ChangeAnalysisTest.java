package org.sitrep.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesFilter;
import org.sitrep.model.analysis.SeriesPoint;

/**
 * Changes of a series as the analysis reads them: dated at the first bucket of the new rate, named (a lull, a surge,
 * a shift), with rates whose credible intervals hold the planted ones, a high probability for a plain change, and
 * gaps skipped rather than read as zeros.
 */
class ChangeAnalysisTest {
    private static final LocalDate START = LocalDate.of(2015, 9, 1);

    private static Series daily(Integer... values) {
        List<SeriesPoint> pts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            LocalDate d = START.plusDays(i);
            Integer v = values[i];
            pts.add(new SeriesPoint(d, d, 0, v, v, 1, v == null ? 0 : 1));
        }
        return new Series(SeriesFilter.all().by(Granularity.DAY), pts, List.of());
    }

    private static Integer[] planted(double before, int n1, double after, int n2, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Integer[] v = new Integer[n1 + n2];
        for (int i = 0; i < v.length; i++) {
            v[i] = PoissonChangesTest.poisson(i < n1 ? before : after, r);
        }
        return v;
    }

    @Test
    void aDropToAFewPercentIsALull_withRatesInsideTheirIntervals() {
        List<ChangePoint> found = ChangeAnalysis.standard().changes(daily(planted(6, 40, 0.3, 30, 1)));
        assertEquals(1, found.size(), found.toString());
        ChangePoint c = found.get(0);
        assertEquals(ChangePoint.Direction.DROP, c.direction());
        assertEquals(ChangePoint.Kind.LULL, c.kind());
        assertTrue(Math.abs(c.date().toEpochDay() - START.plusDays(40).toEpochDay()) <= 2, c.toString());
        assertTrue(c.rateBeforeInterval().low() <= 6 && 6 <= c.rateBeforeInterval().high(), c.toString());
        assertTrue(c.rateAfterInterval().low() <= 0.3 && 0.3 <= c.rateAfterInterval().high(), c.toString());
        assertTrue(c.probability() > 0.99, c.toString());
        assertTrue(!c.dateLow().isAfter(c.date()) && !c.dateHigh().isBefore(c.date()), c.toString());
    }

    @Test
    void aRiseToSeveralTimesIsASurge_aSmallerOneAShift() {
        ChangePoint surge = ChangeAnalysis.standard().changes(daily(planted(1, 40, 6, 40, 2))).get(0);
        assertEquals(ChangePoint.Kind.SURGE, surge.kind());
        assertEquals(ChangePoint.Direction.RISE, surge.direction());
        ChangePoint shift = ChangeAnalysis.standard().changes(daily(planted(4, 80, 8, 80, 3))).get(0);
        assertEquals(ChangePoint.Kind.SHIFT, shift.kind(), shift.toString());
    }

    @Test
    void gapsAreSkipped_notReadAsZeros() {
        Integer[] v = planted(5, 60, 5, 1, 4);
        for (int i = 20; i < 40; i++) {
            v[i] = null;
        }
        assertEquals(List.of(), ChangeAnalysis.standard().changes(daily(v)), "a gap in a steady series is no lull");
        Integer[] zeros = v.clone();
        for (int i = 20; i < 40; i++) {
            zeros[i] = 0;
        }
        assertEquals(2, ChangeAnalysis.standard().changes(daily(zeros)).size(), "twenty zero days are a lull");
    }

    @Test
    void aSteadySeriesHasNoChange() {
        assertEquals(List.of(), ChangeAnalysis.standard().changes(daily(planted(3, 200, 3, 1, 5))));
    }
}
