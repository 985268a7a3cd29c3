package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.TestRecords;
import org.sitrep.model.Processed;
import org.sitrep.model.Query;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * The writer's copy of nearby reports (SqliteReportWindow) never hides a report from the candidate look-up: not
 * one another store (process) committed after the copy was read, nor one its own store committed since.
 */
class ReportWindowTest {
    private static final LocalDate DAY = LocalDate.of(2016, 2, 2);

    @TempDir
    Path dir;

    private static Processed strike(String docId, String outlet, String place, double lat, double lon, LocalDate day) {
        Report r = TestRecords.fullReport(docId, 0, SubEventType.AIR_DRONE_STRIKE, place, lat, lon, day, 3, null,
                outlet);
        return new Processed(TestRecords.document(docId, "text of " + docId + " ".repeat(40), outlet,
                day.plusDays(1)), List.of(r));
    }

    @Test
    void aStrikeAnotherWriterStored_afterThisWritersCopyWasRead_isStillLinkedInto() {
        Path db = dir.resolve("w.db");
        try (RecordingStore a = RecordingStore.open(db); RecordingStore b = RecordingStore.open(db)) {
            // a reads the reports of these days into its copy
            a.put(strike("d1", "Enab Baladi", "Anadan", 36.294, 37.043, DAY));
            // another writer stores a strike elsewhere on the same days: a new event a's copy does not hold
            b.put(strike("d2", "SANA", "Raqqa", 35.95, 39.01, DAY.plusDays(1)));
            // a must see it (another connection's commit empties the copy) and link its retelling into it
            a.put(strike("d3", "SOHR", "Raqqa", 35.95, 39.01, DAY.plusDays(1)));
            assertEquals(2, a.events(Query.all()).size(), "Anadan, and Raqqa told twice");
            String raqqa = a.report(reportId("d2")).orElseThrow().report().eventId();
            assertEquals(raqqa, a.report(reportId("d3")).orElseThrow().report().eventId());
            assertNotEquals(raqqa, a.report(reportId("d1")).orElseThrow().report().eventId());
            // and its own commits are in its copy: a new strike it stores is found by the next retelling
            a.put(strike("d4", "Reuters", "Homs", 34.73, 36.71, DAY));
            a.put(strike("d5", "AFP", "Homs", 34.73, 36.71, DAY));
            assertEquals(a.report(reportId("d4")).orElseThrow().report().eventId(),
                    a.report(reportId("d5")).orElseThrow().report().eventId());
            assertEquals(3, a.events(Query.all()).size());
        }
    }

    private static String reportId(String docId) {
        return TestRecords.fullReport(docId, 0, SubEventType.AIR_DRONE_STRIKE, "x", 0.0, 0.0, DAY, 3, null, "o").id();
    }
}
