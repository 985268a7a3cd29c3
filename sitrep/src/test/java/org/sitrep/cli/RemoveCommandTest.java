package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.TestRecords;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.store.sqlite.SqliteStore;

/** {@code sitrep remove DOCUMENT_ID}: through the command line, on a store of two documents. */
class RemoveCommandTest {
    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("r.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            Recorder recorder = new Recorder(store, EventAssessor.standard());
            for (String id : List.of("d1", "d2")) {
                Report r = TestRecords.fullReport(id, 0, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294, 37.043,
                        LocalDate.of(2016, 2, 2), 5, null, "Outlet " + id);
                recorder.record(new Processed(TestRecords.document(id, "text of " + id + " ".repeat(40),
                        "Outlet " + id, LocalDate.of(2016, 2, 3)), List.of(r)), null);
            }
        }
        return db;
    }

    private static Counts counts(Path db) {
        try (SqliteStore store = SqliteStore.open(db)) {
            return store.counts();
        }
    }

    @Test
    void remove_storedDocument_saysWhatWasDone() {
        Path db = store();
        MainTest.Run r = MainTest.run("remove", "--db", db.toString(), "d1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("removed document d1 (") && r.out().contains("1 recomputed"), r.out());
        assertEquals(new Counts(1, 1, 1), counts(db));
    }

    @Test
    void remove_unknownId_exitOneNamingItStoreUnchanged() {
        Path db = store();
        MainTest.Run r = MainTest.run("remove", "--db", db.toString(), "nope");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("no document nope is stored"), r.err());
        assertTrue(r.err().lines().count() <= 2, "a clear message, not a stack trace: " + r.err());
        assertEquals(new Counts(2, 2, 1), counts(db));
    }

    @Test
    void remove_missingStore_exitOneWithoutCreatingIt() {
        Path db = dir.resolve("none.db");
        MainTest.Run r = MainTest.run("remove", "--db", db.toString(), "d1");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(!Files.exists(db), "no store is created by a removal");
    }
}
