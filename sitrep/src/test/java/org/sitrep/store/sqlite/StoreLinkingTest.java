package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.TestRecords;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Query;

/** Linking across documents inside the store: events grow, keep their ids, and unrelated reports stay apart. */
class StoreLinkingTest {
    @TempDir
    Path dir;

    private static Processed single(String docId, String outlet, LocalDate published, SubEventType type, String place,
                                    double lat, double lon, LocalDate day, Integer killed) {
        Report r = TestRecords.fullReport(docId, 0, type, place, lat, lon, day, killed, null, outlet);
        return new Processed(TestRecords.document(docId, "text of " + docId + " ".repeat(40), outlet, published),
                List.of(r));
    }

    @Test
    void put_sameStrikeFromTwoOutlets_oneEventKeepingTheFirstId() {
        Processed first = single("d1", "Enab Baladi", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE,
                "Anadan", 36.294, 37.043, LocalDate.of(2016, 2, 2), 5);
        Processed second = single("d2", "SANA", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE,
                "Anadan", 36.294, 37.043, LocalDate.of(2016, 2, 2), 7);
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            s.put(first);
            String firstId = first.reports().get(0).eventId();
            s.put(second);
            List<Event> events = s.events(Query.all());
            assertEquals(1, events.size(), "one strike, two reports");
            Event e = events.get(0);
            assertEquals(firstId, e.id(), "the event keeps the id it was founded with");
            assertEquals(2, e.reportIds().size());
            assertEquals(5, e.fatalities(), "ACLED: the most conservative figure");
            assertEquals(e.id(), s.report(second.reports().get(0).id()).orElseThrow().report().eventId());
            assertNotNull(e.grade());
            assertEquals(LocalDate.of(2016, 2, 3), e.firstReported());
        }
    }

    @Test
    void put_laterDocumentsRuleOutABridgedReport_eventSplitsInTheStore() {
        LocalDate march1 = LocalDate.of(2016, 3, 1);
        Processed first = single("d1", "Enab Baladi", march1, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294, 37.043,
                march1, 5);
        // a month-long summary fits both the 1 March strike and one on 5 March, and bridges them
        Report summary = TestRecords.fullReport("d2", 0, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294, 37.043,
                march1, null, null, "SANA").withDate(new DateSpan(march1, LocalDate.of(2016, 3, 31),
                DatePrecision.MONTH, Mention.of("in March", 0, 8), List.of()));
        Processed monthly = new Processed(TestRecords.document("d2", "summary of d2" + " ".repeat(40), "SANA",
                LocalDate.of(2016, 4, 1)), List.of(summary));
        Processed fifth = single("d3", "Orient", LocalDate.of(2016, 3, 6), SubEventType.AIR_DRONE_STRIKE, "Anadan",
                36.294, 37.043, LocalDate.of(2016, 3, 5), 2);
        Processed againFirst = single("d4", "Qasioun", LocalDate.of(2016, 3, 2), SubEventType.AIR_DRONE_STRIKE,
                "Anadan", 36.294, 37.043, march1, 5);
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            s.put(first);
            s.put(monthly);
            s.put(fifth);
            String event = s.report(first.reports().get(0).id()).orElseThrow().report().eventId();
            String fifthId = fifth.reports().get(0).id();
            assertEquals(event, s.report(fifthId).orElseThrow().report().eventId(), "bridged at first");
            s.put(againFirst);
            assertEquals(event, s.report(againFirst.reports().get(0).id()).orElseThrow().report().eventId());
            String moved = s.report(fifthId).orElseThrow().report().eventId();
            assertNotEquals(event, moved, "the 5 March report left the 1 March event");
            Event left = s.event(moved).orElseThrow();
            assertEquals(List.of(fifthId), left.reportIds());
            assertTrue(!s.event(event).orElseThrow().reportIds().contains(fifthId));
        }
    }

    @Test
    void regrade_withSourceReliabilities_gradesAndFiltersFollow() throws Exception {
        Path grades = dir.resolve("grades.tsv");
        java.nio.file.Files.writeString(grades, "# our test letters\nSANA\tD\n");
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            s.put(single("d1", "SANA", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE, "Anadan",
                    36.294, 37.043, LocalDate.of(2016, 2, 2), 5));
            assertEquals('F', s.events(Query.all()).get(0).grade().reliability());
            assertEquals(0, s.events(Query.all().minReliability('D')).size());
            assertEquals(1, s.regrade(org.sitrep.link.assess.EventAssessor.standard().withReliability(grades)));
            Event e = s.events(Query.all()).get(0);
            assertEquals('D', e.grade().reliability(), e.grade().reasons().toString());
            assertEquals(1, s.events(Query.all().minReliability('D')).size());
            assertEquals(0, s.events(Query.all().minReliability('C')).size());
        }
    }

    @Test
    void put_samePlaceTwoYearsLater_separateEvents() {
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            s.put(single("d1", "Enab Baladi", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE, "Anadan",
                    36.294, 37.043, LocalDate.of(2016, 2, 2), 5));
            s.put(single("d2", "SANA", LocalDate.of(2018, 2, 3), SubEventType.AIR_DRONE_STRIKE, "Anadan",
                    36.294, 37.043, LocalDate.of(2018, 2, 2), 5));
            assertEquals(2, s.events(Query.all()).size());
        }
    }

    @Test
    void put_sameDayFarApart_separateEvents() {
        try (RecordingStore s = RecordingStore.open(dir.resolve("s.db"))) {
            s.put(single("d1", "Enab Baladi", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE, "Anadan",
                    36.294, 37.043, LocalDate.of(2016, 2, 2), 5));
            // Saraqib, about 55 km south-west
            s.put(single("d2", "Enab Baladi", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE, "Saraqib",
                    35.862, 36.80, LocalDate.of(2016, 2, 2), 5));
            List<Event> events = s.events(Query.all());
            assertEquals(2, events.size());
            assertNotEquals(events.get(0).id(), events.get(1).id());
        }
    }

    @Test
    void put_linkedThenReopened_sameContentAsOneRun() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        List<Processed> docs = List.of(
                single("d1", "Enab Baladi", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE, "Anadan",
                        36.294, 37.043, LocalDate.of(2016, 2, 2), 5),
                single("d2", "SANA", LocalDate.of(2016, 2, 3), SubEventType.AIR_DRONE_STRIKE, "Anadan",
                        36.294, 37.043, LocalDate.of(2016, 2, 2), 7));
        try (RecordingStore s = RecordingStore.open(a)) {
            docs.forEach(s::put);
        }
        try (RecordingStore s = RecordingStore.open(b)) {
            s.put(docs.get(0));
        }
        try (RecordingStore s = RecordingStore.open(b)) {
            s.put(docs.get(1));
            s.put(docs.get(0));
        }
        assertEquals(StoreDump.dump(a), StoreDump.dump(b));
        assertTrue(StoreDump.dump(a).stream().anyMatch(row -> row.startsWith("events")));
    }
}
