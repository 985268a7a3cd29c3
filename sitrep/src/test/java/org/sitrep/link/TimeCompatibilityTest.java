package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Report;

class TimeCompatibilityTest {
    private final LinkSettings settings = LinkSettings.standard();
    private final TimeCompatibility times = new TimeCompatibility(settings);

    private LinkFeatures f(Report r) {
        return LinkFeatures.of(r, settings, ActorCompatibility.flat(), TextSimilarity.standard(),
                LinearPlaces.of(Map.of()));
    }

    @Test
    void score_sameDay_isFullAgreement() {
        assertEquals(1.0, times.score(f(R.report("a").on("2016-05-23").build()),
                f(R.report("b").on("2016-05-23").build())));
    }

    @Test
    void score_explicitDatesADayApart_areDifferentDays() {
        assertEquals(-1, times.score(f(R.report("a").on("2016-05-23").build()),
                f(R.report("b").on("2016-05-24").build())));
    }

    @Test
    void score_relativeDateADayOff_stillOverlaps() {
        assertTrue(times.score(f(R.report("a").on("2016-05-23").build()),
                f(R.report("b").onRelative("2016-05-24").build())) > 0);
        assertEquals(-1, times.score(f(R.report("a").on("2016-05-23").build()),
                f(R.report("b").onRelative("2016-05-26").build())));
    }

    @Test
    void score_coarserPrecision_agreesLess() {
        LinkFeatures day = f(R.report("a").on("2016-05-23").build());
        double week = times.score(day, f(R.report("w").during("2016-05-20", "2016-05-26", DatePrecision.WEEK).build()));
        double month = times.score(day, f(R.report("m").during("2016-05-01", "2016-05-31", DatePrecision.MONTH).build()));
        double year = times.score(day, f(R.report("y").during("2016-01-01", "2016-12-31", DatePrecision.YEAR).build()));
        assertTrue(1.0 > week && week > month && month > year && year > 0, week + " " + month + " " + year);
    }

    @Test
    void score_monthThatDoesNotContainTheDay_isRejected() {
        assertEquals(-1, times.score(f(R.report("a").on("2016-05-23").build()),
                f(R.report("m").during("2016-06-01", "2016-06-30", DatePrecision.MONTH).build())));
    }
}
