package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.TestRecords;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Event;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.model.Query;
import org.sitrep.store.StoreException;
import org.sitrep.store.sqlite.SqliteStore;

/** Removing a wrongly ingested document: its reports go, the events it supported are recomputed or go. */
class RemoveTest {
    private static final LocalDate FEB_2 = LocalDate.of(2016, 2, 2);

    @TempDir
    Path dir;

    private static Processed strike(String docId, String outlet, int killed) {
        Report r = TestRecords.fullReport(docId, 0, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294, 37.043, FEB_2,
                killed, null, outlet);
        return new Processed(TestRecords.document(docId, "text of " + docId + " ".repeat(40), outlet,
                FEB_2.plusDays(1)), List.of(r));
    }

    /** Two outlets report the same strike (5 and 7 killed): one event of two reports. */
    private Sitrep twoReportsOfOneStrike() {
        Sitrep sitrep = Sitrep.over(SqliteStore.open(dir.resolve("s.db")));
        Recorder recorder = new Recorder(sitrep.store(), EventAssessor.standard());
        recorder.record(strike("d1", "Enab Baladi", 5), null);
        recorder.record(strike("d2", "SANA", 7), null);
        List<Event> events = sitrep.store().events(Query.all());
        assertEquals(1, events.size());
        assertEquals(2, events.get(0).reportIds().size());
        assertEquals(5, events.get(0).fatalities(), "the most conservative figure while both stand");
        assertEquals(2, events.get(0).tally().documents());
        return sitrep;
    }

    @Test
    void remove_oneOfTwoDocuments_eventStaysRecomputedFromTheOtherReport() {
        try (Sitrep sitrep = twoReportsOfOneStrike()) {
            String eventId = sitrep.store().events(Query.all()).get(0).id();
            RemoveSummary done = sitrep.remove("d1", EventAssessor.standard());
            assertEquals(List.of(eventId), done.recomputed());
            assertEquals(List.of(), done.removedEvents());
            assertEquals(1, done.reports());
            Event e = sitrep.store().event(eventId).orElseThrow();
            assertEquals(List.of(strike("d2", "SANA", 7).reports().get(0).id()), e.reportIds());
            assertEquals(7, e.fatalities(), "merged again from the remaining report");
            assertEquals(List.of("SANA"), e.sources());
            assertEquals(1, e.tally().documents(), "counted again");
            assertTrue(e.grade() != null);
            assertEquals(new Counts(1, 1, 1), sitrep.store().counts());
        }
    }

    @Test
    void remove_everyDocument_itsEventsGo() {
        try (Sitrep sitrep = twoReportsOfOneStrike()) {
            String eventId = sitrep.store().events(Query.all()).get(0).id();
            sitrep.remove("d2", EventAssessor.standard());
            RemoveSummary done = sitrep.remove("d1", EventAssessor.standard());
            assertEquals(List.of(eventId), done.removedEvents());
            assertEquals(new Counts(0, 0, 0), sitrep.store().counts());
            assertTrue(sitrep.store().event(eventId).isEmpty());
        }
    }

    @Test
    void remove_unknownDocument_clearErrorStoreUnchanged() {
        try (Sitrep sitrep = twoReportsOfOneStrike()) {
            List<Event> before = sitrep.store().events(Query.all());
            StoreException e = assertThrows(StoreException.class,
                    () -> sitrep.remove("d9", EventAssessor.standard()));
            assertTrue(e.getMessage().contains("no document d9"), e.getMessage());
            assertEquals(before, sitrep.store().events(Query.all()));
            assertEquals(new Counts(2, 2, 1), sitrep.store().counts());
        }
    }
}
