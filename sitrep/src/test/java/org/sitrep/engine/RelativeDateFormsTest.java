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

    @Test
    void earlierThisWeek_isThePublicationWeekNotLaterThanTheNextSunday() {
        DateSpan d = dateOf("Rebels shelled army positions near Hama earlier this week.");
        assertEquals(LocalDate.of(2015, 10, 26), d.start());
        assertEquals(DatePrecision.WEEK, d.precision());
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
