package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

/**
 * Resolution on the real sample pages in ../shared/corpus/articles (skipped when absent): the acceptance checks
 * of the resolution issue, run through the whole engine. The pages are read in place, never copied.
 */
class RealPagesResolutionTest {
    private static SamplePages pages;

    @BeforeAll
    static void setUp() {
        pages = SamplePages.orSkip("real-page resolution checks");
    }

    private static Processed process(String startOfName) {
        return pages.process(startOfName);
    }

    private static Stream<ActorRef> actors(Report r) {
        return Stream.of(r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2()).flatMap(List::stream);
    }

    @Test
    void forumPage_statedDateImplausibleWithReasons_eventsNotDatedToIt() throws Exception {
        Processed p = process("undated-forum");
        assertTrue(p.document().flags().contains(DocumentFlag.DATE_IMPLAUSIBLE), p.document().flags().toString());
        assertTrue(p.document().flags().stream().anyMatch(f -> f.startsWith(DocumentFlag.DATE_IMPLAUSIBLE + ":")
                || f.contains("anachron") || f.contains("before")), "the reasons are given: " + p.document().flags());
        for (Report r : p.reports()) {
            if (r.date() != null) {
                assertTrue(r.date().start().getYear() >= 2014 || r.date().end().getYear() >= 2014,
                        "no report dated from the discredited 2012 date: " + r.date() + " " + r.evidence().text());
            }
        }
    }

    @Test
    void forumPage_soranIsTheOneNearAzaz() throws Exception {
        Processed p = process("undated-forum");
        List<Report> atSoran = p.reports().stream().filter(r -> r.location() != null
                && r.location().mention() != null && r.location().mention().text().startsWith("Soran")).toList();
        assertFalse(atSoran.isEmpty(), "reports placed at Soran: " + p.reports().stream()
                .map(r -> r.location() == null ? "-" : r.location().name() + "/" + (r.location().mention() == null
                        ? "" : r.location().mention().text())).toList());
        for (Report r : atSoran) {
            assertTrue(r.location().resolved(), "resolved: " + r.location());
            // Suran near Azaz (Aleppo governorate), not Suran in Hama (35.29 N) nor Soran in Iraq (44.5 E)
            assertEquals(36.57, r.location().lat(), 0.15, r.location().toString());
            assertEquals(37.21, r.location().lon(), 0.15, r.location().toString());
        }
    }

    @Test
    void strikesTable_weekdayConflictsFlaggedWithBothReadings() throws Exception {
        Processed p = process("2015-10-31-globalresearch");
        List<Report> counts = p.reports().stream().filter(r -> r.kind() == ReportKind.COUNT && r.date() != null)
                .toList();
        long conflicts = counts.stream().filter(r -> r.date().flags().stream()
                .anyMatch(f -> f.contains("weekday_conflict"))).count();
        // 26 October 2015 was a Monday: the rows from "Oct 26 Sunday" to "Oct 29 Wednesday" are a day off
        assertEquals(4, conflicts, "rows whose weekday contradicts the date: " + counts.stream()
                .map(r -> r.evidence().text() + " " + r.date()).toList());
    }

    @Test
    void deirEzzorPage_hsdIsTheSdf_undatedPageGetsAnInferredWindow() throws Exception {
        Processed p = process("undated-syrianews");
        assertTrue(p.reports().stream().flatMap(RealPagesResolutionTest::actors)
                        .anyMatch(a -> a.mention() != null && a.mention().text().equals("HSD")
                                && "syrian-democratic-forces".equals(a.id())),
                "HSD resolves to the SDF: " + p.reports().stream().flatMap(RealPagesResolutionTest::actors)
                        .map(a -> a.name() + "=" + a.id()).distinct().toList());
        assertTrue(p.document().published() == null, "no date is invented for the page");
        assertTrue(p.document().flags().contains(DocumentFlag.DATE_INFERRED)
                        || p.reports().stream().anyMatch(r -> r.date() != null
                        && r.date().flags().contains(DocumentFlag.DATE_INFERRED)),
                "an inferred window, marked so: " + p.document().flags());
    }
}
