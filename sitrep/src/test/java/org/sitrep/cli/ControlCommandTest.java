package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sitrep.store.sqlite.SqliteStore;

/** {@code sitrep control PLACE}: which place answers a typed name, and a made-up name refused, not fuzzily met. */
class ControlCommandTest {
    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("c.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            Report r = TestRecords.fullReport("d1", 0, SubEventType.ARMED_CLASH, "Ithriyah", 35.37, 37.56,
                    LocalDate.of(2015, 10, 24), 5, null, "Outlet d1");
            new Recorder(store, EventAssessor.standard()).record(new Processed(TestRecords.document("d1",
                    "text of d1 " + " ".repeat(40), "Outlet d1", LocalDate.of(2015, 10, 25)), List.of(r)), null);
        }
        return db;
    }

    @Test
    void control_variantSpelling_namesThePlaceThatAnswers() {
        Path db = store();
        MainTest.Run r = MainTest.run("control", "--db", db.toString(), "--at", "2015-10-25", "Ithriyeh");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("# Ithriyah ("), r.out());
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.startsWith("2015-10-25..2015-10-25")), r.out());
    }

    @Test
    void control_madeUpNames_refusedNamingThem() {
        Path db = store();
        for (String name : List.of("Lemuria", "Xyzzy")) {
            MainTest.Run r = MainTest.run("control", "--db", db.toString(), "--at", "2015-10-25", name);
            assertEquals(Main.BAD_INPUT, r.code(), name + ": " + r.out());
            assertTrue(r.err().contains("no place known as '" + name + "'"), r.err());
        }
    }
}
