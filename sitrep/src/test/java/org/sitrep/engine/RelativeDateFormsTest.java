package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;

/**
 * Issue #4 "Dates" at report level, through the whole engine, on sentences we wrote: the relative forms the issue
 * lists anchored to the publication date, ordinal days anchored to the month in focus, narrative time, weekday
 * conflicts and undated documents.
 */
class RelativeDateFormsTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2015, 10, 28);

    private static DateSpan dateOf(String body) {
        DateSpan d = AcceptanceDocs.onlyEvent(WEDNESDAY, body).date();
        assertNotNull(d, () -> "no date for: " + body);
        return d;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On Tuesday, rebels shelled army positions near Hama.|Tuesday|2015-10-27|2015-10-27|DAY",
        "Rebels shelled army positions near Hama two weeks ago.|two weeks ago|2015-10-12|2015-10-18|WEEK",
        "Rebels shelled army positions near Hama earlier today.|earlier today|2015-10-28|2015-10-28|DAY",
        "Rebels shelled army positions near Hama last Sunday.|last Sunday|2015-10-25|2015-10-25|DAY",
        "Rebels have shelled army positions near Hama in recent days.|recent days|2015-10-22|2015-10-28|WEEK",
        "Rebels shelled the town on 20 December.|20 December|2014-12-20|2014-12-20|DAY",
    })
    void relativeForm_anchoredToPublicationDate(String body, String phrase, LocalDate start, LocalDate end,
                                                 DatePrecision precision) {
        DateSpan d = dateOf(body);
        assertEquals(start, d.start());
        assertEquals(end, d.end());
        assertEquals(precision, d.precision());
        assertTrue(d.mention().text().contains(phrase), d.mention()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // G12: a past stretch of the current period ends at the publication date, not at its Sunday
        "Rebels shelled army positions near Hama earlier this week.|2015-10-26|WEEK",
        "Rebels shelled army positions near Hama this week.|2015-10-26|WEEK",
        "Jets bombed the road to Idlib earlier this month.|2015-10-01|MONTH",
    })
    void pastStretchOfTheCurrentPeriod_endsAtThePublicationDate(String body, LocalDate start,
                                                               DatePrecision precision) {
        DateSpan d = dateOf(body);
        assertEquals(start, d.start());
        assertEquals(WEDNESDAY, d.end());
        assertEquals(precision, d.precision());
    }

    @Test
    void pastVerbFarFromItsDate_stillGovernsTheYear() {
        // G14: words between "shelled" and the date do not leave the year to the publication date's side
        DateSpan d = dateOf("Rebels shelled army positions near Hama on 20 December.");
        assertEquals(LocalDate.of(2014, 12, 20), d.start());
        assertEquals(DatePrecision.DAY, d.precision());
    }

    @Test
    void ordinalPair_reportDatedToBothDays() {
        // G13: "on the 26th and 27th" is one stretch of two days in the month in focus
        List<Report> ev = AcceptanceDocs.events(AcceptanceDocs.process(WEDNESDAY, "The offensive on Hama began on "
                + "3 September. On the 25th, rebels shelled army positions near Hama. Jets bombed Idlib on the 26th "
                + "and 27th."));
        Report jets = ev.stream().filter(r -> r.evidence().text().startsWith("Jets")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2015, 9, 26), jets.date().start());
        assertEquals(LocalDate.of(2015, 9, 27), jets.date().end());
        assertTrue(jets.date().flags().contains(org.sitrep.resolve.time.DateResolver.DAY_RANGE),
                jets.date()::toString);
    }

    @Test
    void undatedDocumentBoundOnlyByAnActor_windowOpenEndedAndReportUndated() {
        // N1: an actor's first activity bounds the publication date from below only
        Processed p = AcceptanceDocs.process(null,
                "Ahrar al-Sham, an Islamist rebel faction, shelled government positions in Hama.");
        List<String> flags = p.document().flags();
        assertTrue(flags.contains("date_inferred"), flags::toString);
        assertTrue(flags.contains(org.sitrep.resolve.time.PublicationWindow.WINDOW_END_OPEN), flags::toString);
        assertTrue(flags.stream().anyMatch(f -> f.startsWith(
                org.sitrep.resolve.time.PublicationWindow.PUBLISHED_NOT_BEFORE)), flags::toString);
        Report r = AcceptanceDocs.events(p).get(0);
        assertNull(r.date(), () -> "no month-long window at the lower bound: " + r.date());
        assertTrue(r.flags().stream().anyMatch(f -> f.startsWith(
                org.sitrep.resolve.time.DateResolver.DATE_NOT_BEFORE)), r.flags()::toString);
    }

    @Test
    void ordinalDay_anchoredToTheMonthInNarrativeFocus() {
        List<Report> ev = AcceptanceDocs.events(AcceptanceDocs.process(WEDNESDAY,
                "The offensive on Hama began on 3 September. On the 25th, rebels shelled army positions near Hama."));
        Report shelling = ev.stream().filter(r -> r.evidence().text().startsWith("On the 25th")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2015, 9, 25), shelling.date().start());
        assertEquals(DatePrecision.DAY, shelling.date().precision());
    }

    @Test
    void ordinalPairWithoutSecondArticle_bothDaysInTheMonthInFocus() {
        List<org.sitrep.resolve.time.TimeExpression> all = org.sitrep.resolve.time.TimeTagger.standard().tag(
                "The offensive on Hama began on 3 September. Jets bombed Idlib on the 26th and 27th.", WEDNESDAY);
        assertEquals(List.of("2015-09-03", "2015-09-26", "2015-09-27"),
                all.stream().map(org.sitrep.resolve.time.TimeExpression::value).toList());
    }

    @Test
    void narrativeTime_theNextDayMovesWithTheText() {
        List<Report> ev = AcceptanceDocs.events(AcceptanceDocs.process(WEDNESDAY,
                "Rebels shelled army positions near Hama on 3 October. The next day, jets bombed Idlib."));
        assertEquals(List.of(LocalDate.of(2015, 10, 3), LocalDate.of(2015, 10, 4)),
                ev.stream().map(r -> r.date().start()).toList());
    }

    @Test
    void weekdayContradictingItsDate_flaggedWithBothReadings() {
        DateSpan d = dateOf("Rebels shelled army positions near Hama on Sunday, October 26.");
        assertEquals(LocalDate.of(2015, 10, 26), d.start());
        assertTrue(d.flags().contains("weekday_conflict"), d.flags()::toString);
        assertTrue(d.flags().contains("weekday_reading:2015-10-25"), d.flags()::toString);
    }

    @Test
    void undatedDocumentWithoutDatedMentions_weekdayStaysUndatedNeverToday() {
        Report r = AcceptanceDocs.onlyEvent(null, "Rebels shelled army positions near Hama on Tuesday.");
        assertNull(r.date());
    }

    @Test
    void undatedDocumentWithDatedMention_windowInferredAndMarked() {
        Processed p = AcceptanceDocs.process(null,
                "Rebels shelled army positions near Hama on 12 May 2016. Jets bombed Idlib on Tuesday.");
        assertTrue(p.document().flags().contains("date_inferred"), p.document().flags()::toString);
        Report jets = AcceptanceDocs.events(p).stream().filter(r -> r.evidence().text().startsWith("Jets"))
                .findFirst().orElseThrow();
        assertTrue(jets.date().flags().contains("date_inferred"), jets.date().flags()::toString);
        assertTrue(jets.date().end().getYear() == 2016, jets.date()::toString);
        assertTrue(jets.date().end().isBefore(LocalDate.now().minusYears(1)), "never today's date");
    }
}
