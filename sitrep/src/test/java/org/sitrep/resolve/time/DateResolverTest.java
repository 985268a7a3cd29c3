package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;

class DateResolverTest {
    private final DateResolver resolver = DateResolver.standard();

    static Document doc(String text, LocalDate published) {
        return new Document("d1", "fixture.txt", "text/plain", "UTF-8", text, text, OffsetMap.identity(), null, null,
                null, published, published == null ? null : Mention.of("fixture date", 0, 0), List.of(), List.of());
    }

    /** One report per sentence (a sentence ends with ". "). */
    static List<Report> reportsPerSentence(Document d) {
        List<Report> out = new ArrayList<>();
        String t = d.text();
        int s = 0;
        while (s < t.length()) {
            int e = t.indexOf(". ", s);
            e = e < 0 ? t.length() : e + 1;
            Span span = new Span(s, e);
            out.add(new Report(Report.idFor(d.id(), span, 0), ReportKind.EVENT, null, d.id(), SectionKind.BODY,
                    new Evidence(d.id(), span.of(t), span), null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, Modality.ASSERTED, null, null));
            s = e + 1;
        }
        return out;
    }

    private List<DateSpan> dates(String text, LocalDate published) {
        Document d = doc(text, published);
        return resolver.resolve(d, reportsPerSentence(d)).stream().map(Report::date).toList();
    }

    @Test
    void resolve_expressionInSentence_usesIt() {
        DateSpan d = dates("Government jets struck the market on Saturday October 24.", LocalDate.of(2015, 10, 26))
                .get(0);
        assertEquals(LocalDate.of(2015, 10, 24), d.start());
        assertEquals(DatePrecision.DAY, d.precision());
        assertEquals("Saturday October 24", d.mention().text());
        assertEquals(List.of(), d.flags());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ALEPPO, March 4, 2015 - Islamic State fighters attacked army positions near Khanasser on 3 March 2015.|2015-03-03",
        "BEIRUT, Oct 22 (Reuters) - Rebels shelled the base on Tuesday, a monitor said.|2015-10-20",
        "HAMA, 6 March 2015 \u2013 Troops stormed the village on 5 March, the army said.|2015-03-05",
        "ALEPPO, March 4, 2015 - Islamic State fighters attacked army positions near Khanasser.|2015-03-04",
        "Rebels said on 4 March 2015 - after talks - that they shelled the base on 3 March.|2015-03-04"
    })
    void resolve_wireDatelineDate_yieldsToTheSentencesOwnDay(String text, String day) {
        DateSpan d = dates(text, LocalDate.of(2015, 10, 22)).get(0);
        assertEquals(LocalDate.parse(day), d.start(), text);
    }

    @Test
    void resolve_sentenceWithoutDate_takesNarrativeFocus() {
        List<DateSpan> ds = dates("Rebels shelled the base on 3 March 2013. Two soldiers died in the attack.",
                LocalDate.of(2015, 1, 5));
        assertEquals(LocalDate.of(2013, 3, 3), ds.get(1).start());
        assertTrue(ds.get(1).flags().contains(DateResolver.DATE_FROM_NARRATIVE));
    }

    @Test
    void resolve_noDateAnywhere_usesWeekBeforePublication() {
        Report r = resolver.resolve(doc("A car bomb exploded near the hospital.", LocalDate.of(2015, 10, 26)),
                reportsPerSentence(doc("A car bomb exploded near the hospital.", LocalDate.of(2015, 10, 26))))
                .get(0);
        assertEquals(LocalDate.of(2015, 10, 20), r.date().start());
        assertEquals(LocalDate.of(2015, 10, 26), r.date().end());
        assertEquals(DatePrecision.WEEK, r.date().precision());
        assertTrue(r.flags().contains(DateResolver.DATE_FROM_DOCUMENT));
    }

    @Test
    void resolve_undatedDocumentWithoutDates_staysUnknown() {
        assertNull(dates("A car bomb exploded near the hospital.", null).get(0));
    }

    @Test
    void resolve_undatedDocumentWithWindow_usesWindowFlaggedInferred() {
        Document d = doc("A car bomb exploded near the hospital.", null);
        PublicationWindow w = new PublicationWindow(LocalDate.of(2015, 10, 12), LocalDate.of(2015, 11, 11), null,
                "test", PublicationWindow.standardFlags(true));
        DateSpan ds = resolver.resolve(d, reportsPerSentence(d), w).get(0).date();
        assertEquals(LocalDate.of(2015, 10, 6), ds.start());
        assertEquals(LocalDate.of(2015, 11, 11), ds.end());
        assertTrue(ds.flags().contains("date_inferred"));
    }

    private static PublicationWindow window(String start, String end) {
        return new PublicationWindow(LocalDate.parse(start), LocalDate.parse(end), null, "test",
                PublicationWindow.standardFlags(true));
    }

    private List<Report> resolvedInWindow(String text, PublicationWindow w) {
        Document d = doc(text, null);
        return resolver.resolve(d, reportsPerSentence(d), w);
    }

    @Test
    void resolve_dayAndMonthWithoutYear_takeTheOneYearTheWindowAdmits_flaggedInferred() {
        List<Report> rs = resolvedInWindow("The two forces met and on 17 September jets struck positions near the "
                + "river. Several fighters were wounded.", window("2017-09-15", "2017-10-15"));
        DateSpan first = rs.get(0).date();
        assertEquals(LocalDate.of(2017, 9, 17), first.start());
        assertEquals(DatePrecision.DAY, first.precision());
        assertEquals("17 September", first.mention().text());
        assertTrue(first.flags().contains("date_inferred"), first.flags().toString());
        assertTrue(first.flags().contains(TimeExpression.YEAR_FROM_WINDOW), first.flags().toString());
        assertTrue(rs.get(0).flags().contains("date_inferred"), rs.get(0).flags().toString());
        // the next sentence follows the narrative, and its date is just as inferred
        DateSpan second = rs.get(1).date();
        assertEquals(LocalDate.of(2017, 9, 17), second.start());
        assertTrue(second.flags().contains(DateResolver.DATE_FROM_NARRATIVE));
        assertTrue(second.flags().contains("date_inferred"), second.flags().toString());
    }

    @Test
    void resolve_dayShortlyBeforeTheWindow_stillItsOnlyReading() {
        // the window starts at the latest dated mention; the reported day may lie just before it (as for a dated
        // article's undated events, the week up to the publication date)
        DateSpan d = resolvedInWindow("Rebels shelled the base on 30 December.", window("2016-01-03", "2016-02-02"))
                .get(0).date();
        assertEquals(LocalDate.of(2015, 12, 30), d.start());
        assertTrue(d.flags().contains(TimeExpression.YEAR_FROM_WINDOW), d.flags().toString());
    }

    @Test
    void resolve_dayAndMonthWithTwoReadingsInTheWindow_areNotGivenAYear() {
        List<Report> rs = resolvedInWindow("Rebels shelled the base on 17 September.",
                window("2016-01-01", "2017-12-31"));
        DateSpan d = rs.get(0).date();
        assertTrue(d == null || d.precision() != DatePrecision.DAY, "no single day: " + d);
        assertTrue(d == null || !d.flags().contains(TimeExpression.YEAR_FROM_WINDOW), String.valueOf(d));
    }

    @Test
    void resolve_dayAndMonthOutsideTheWindow_areNotPulledIntoIt() {
        DateSpan d = resolvedInWindow("Rebels shelled the base on 17 March.", window("2017-09-15", "2017-10-15"))
                .get(0).date();
        assertTrue(d == null || !d.flags().contains(TimeExpression.YEAR_FROM_WINDOW), String.valueOf(d));
        assertTrue(d == null || !LocalDate.of(2017, 3, 17).equals(d.start()) || d.precision() != DatePrecision.DAY,
                String.valueOf(d));
    }

    @Test
    void resolve_dayAndMonthInAnOpenEndedWindow_areNotGivenAYear() {
        PublicationWindow w = PublicationWindow.notBefore(LocalDate.of(2017, 9, 15), null, "names used in the text");
        DateSpan d = resolvedInWindow("Rebels shelled the base on 17 September.", w).get(0).date();
        assertNull(d, "every year from 2017 on fits: " + d);
    }

    @Test
    void resolve_dayAndMonthInADatedDocument_ignoreAnyWindow() {
        Document d = doc("Rebels shelled the base on 17 September.", LocalDate.of(2015, 10, 1));
        DateSpan ds = resolver.resolve(d, reportsPerSentence(d), window("2017-09-15", "2017-10-15")).get(0).date();
        assertEquals(LocalDate.of(2015, 9, 17), ds.start());
        assertFalse(ds.flags().contains(TimeExpression.YEAR_FROM_WINDOW));
    }

    @Test
    void resolve_undatedDocumentWithOpenEndedWindow_noDateButTheKnownBoundFlagged() {
        Document d = doc("A car bomb exploded near the hospital. Shelling resumed on Sunday.", null);
        PublicationWindow w = PublicationWindow.notBefore(LocalDate.of(2015, 10, 12), null, "names used in the text");
        List<Report> rs = resolver.resolve(d, reportsPerSentence(d), w);
        for (Report r : rs) {
            assertNull(r.date(), "no end is known, so no interval: " + r.date());
            assertTrue(r.flags().contains(DateResolver.DATE_NOT_BEFORE + "2015-10-06"), r.flags().toString());
        }
        assertTrue(rs.get(1).flags().contains(DateResolver.WEEKDAY_UNANCHORED), rs.get(1).flags().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jets bombed the airbase on 5 and 6 May 2015.|2015-05-05|2015-05-06|5 and 6 May 2015",
        "Jets bombed the airbase between 3 and 5 March 2015.|2015-03-03|2015-03-05|3 and 5 March 2015",
        "Jets bombed the airbase on 26-27 September 2015.|2015-09-26|2015-09-27|26-27 September 2015",
        "Jets bombed the airbase on 5 May and 6 May 2015.|2015-05-05|2015-05-06|5 May and 6 May 2015",
        "Jets bombed the airbase from 1 to 20 April 2015.|2015-04-01|2015-04-20|1 to 20 April 2015",
    })
    void resolve_joinedDays_oneIntervalFlaggedDayRange(String text, LocalDate start, LocalDate end, String phrase) {
        DateSpan d = dates(text, LocalDate.of(2015, 10, 28)).get(0);
        assertEquals(start, d.start());
        assertEquals(end, d.end());
        assertEquals(phrase, d.mention().text());
        assertTrue(d.flags().contains(DateResolver.DAY_RANGE), d.flags().toString());
        // the stretch's width sets the precision, as for every interval: a few days is ACLED's time_precision 2
        assertEquals(d.end().isAfter(d.start().plusDays(13)) ? DatePrecision.MONTH : DatePrecision.WEEK,
                d.precision());
    }

    @Test
    void resolve_ordinalPairInNarrativeMonth_oneInterval() {
        List<DateSpan> ds = dates("The siege began on 3 September 2015. Jets bombed the town on the 26th and 27th.",
                LocalDate.of(2015, 10, 28));
        assertEquals(LocalDate.of(2015, 9, 26), ds.get(1).start());
        assertEquals(LocalDate.of(2015, 9, 27), ds.get(1).end());
    }

    @Test
    void resolve_daysNotJoined_singleDayKept() {
        // two days in separate phrases of the sentence are no stretch: the report keeps its nearest day
        DateSpan d = dates("Jets bombed the airbase on 5 May 2015 after rebels had seized it on 2 May 2015.",
                LocalDate.of(2015, 10, 28)).get(0);
        assertEquals(d.start(), d.end());
        assertEquals(DatePrecision.DAY, d.precision());
        assertTrue(!d.flags().contains(DateResolver.DAY_RANGE), d.flags().toString());
    }

    @Test
    void resolve_weekdayUnderWideWindow_staysInTheWindowFlagged() {
        Document d = doc("Talks ended on 2 October 2015. Shelling resumed on Sunday.", null);
        PublicationWindow w = new PublicationWindow(LocalDate.of(2015, 10, 12), LocalDate.of(2015, 11, 11), null,
                "test", PublicationWindow.standardFlags(true));
        Report r = resolver.resolve(d, reportsPerSentence(d), w).get(1);
        assertEquals(LocalDate.of(2015, 10, 6), r.date().start());
        assertEquals(LocalDate.of(2015, 11, 11), r.date().end());
        assertTrue(r.flags().contains(DateResolver.WEEKDAY_UNANCHORED), r.flags().toString());
    }

    @Test
    void resolve_weekdayUnderWeekWideWindow_followsTheNarrative() {
        Document d = doc("Talks ended on 2 October 2015. Shelling resumed on Sunday.", null);
        PublicationWindow w = new PublicationWindow(LocalDate.of(2015, 10, 2), LocalDate.of(2015, 10, 6), null,
                "test", PublicationWindow.standardFlags(false));
        Report r = resolver.resolve(d, reportsPerSentence(d), w).get(1);
        assertEquals(LocalDate.of(2015, 10, 4), r.date().start());
        assertEquals(DatePrecision.DAY, r.date().precision());
    }

    @Test
    void resolve_dateInBoilerplate_doesNotBecomeTheNarrativeFocus() {
        String text = "Archived 3 March 2012. Shelling resumed on the 25th.";
        Document plain = doc(text, null);
        Document withBoilerplate = plain.withSections(List.of(
                new org.sitrep.model.Section(SectionKind.BOILERPLATE, new Span(0, 22), "archive"),
                new org.sitrep.model.Section(SectionKind.BODY, new Span(22, text.length()), null)));
        assertEquals(LocalDate.of(2012, 3, 25), resolver.resolve(plain, reportsPerSentence(plain)).get(1).date()
                .start());
        assertNull(resolver.resolve(withBoilerplate, reportsPerSentence(withBoilerplate)).get(1).date());
    }

    @Test
    void resolve_weekdayConflict_flagsReportAndKeepsOtherReading() {
        Document d = doc("Clashes on Oct 26 Sunday left four dead.", LocalDate.of(2015, 10, 28));
        Report r = resolver.resolve(d, reportsPerSentence(d)).get(0);
        assertEquals(LocalDate.of(2015, 10, 26), r.date().start());
        assertTrue(r.flags().contains(DateResolver.WEEKDAY_CONFLICT));
        assertTrue(r.date().flags().contains(DateResolver.WEEKDAY_READING + "2015-10-25"));
    }

    @Test
    void resolve_dayBeatsYearInSameSentence() {
        DateSpan d = dates("The war that began in 2011 reached the town yesterday.", LocalDate.of(2015, 10, 28))
                .get(0);
        assertEquals(LocalDate.of(2015, 10, 27), d.start());
    }

    @Test
    void resolve_neverUsesToday() {
        for (DateSpan d : dates("Shelling continued. Residents fled.", null)) {
            assertNull(d);
        }
    }
}
