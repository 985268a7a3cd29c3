package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.EventFactsBytes;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.RandomRecords;
import org.sitrep.store.StoreException;

/**
 * Schema 10: each event's facts in their compact form beside the record. A schema-9 file migrates on open with
 * every row's facts filled from its record and nothing else changed; rows written after carry facts equal to their
 * record's; what the store reads as facts equals the events it holds; a second open changes nothing; a record that
 * cannot be read stops the migration with the row named and leaves the file at version 9.
 */
class FactsColumnMigrationTest {
    private static final Migrations NINE = Migrations.load(Migrations.STANDARD).upTo(9);
    private final SitrepJson json = SitrepJson.standard();

    @TempDir
    Path dir;

    @Test
    void fileOfSchema9_opened_everyRowGetsTheFactsItsRecordGives() throws SQLException {
        Path db = dir.resolve("v9.db");
        RandomRecords records = new RandomRecords(10, RandomRecords.places("test:aleppo", "test:khanasser"));
        List<ChangeSet> sets = new ArrayList<>();
        try (SqliteStore old = SqliteStore.open(db, NINE)) {
            for (int i = 0; i < 150; i++) {
                sets.add(records.next());
            }
            old.commitAll(sets);
        }
        List<String> before = withoutFacts(StoreDump.dump(db));
        try (SqliteStore store = SqliteStore.open(db)) {
            assertEquals(10, store.schemaVersion());
        }
        assertEquals(before, withoutFacts(StoreDump.dump(db)), "every other value as it was");
        assertEquals(0L, count(db, "SELECT count(*) FROM events WHERE facts IS NULL"), "every row filled");
        assertFactsEqualRecords(db);

        try (SqliteStore store = SqliteStore.open(db)) {
            for (int i = 0; i < 40; i++) {
                store.commit(records.next());
            }
            List<ChangeSet.EventWrite> rewrites = new ArrayList<>();
            for (ChangeSet set : sets.subList(0, 30)) {
                for (ChangeSet.EventWrite w : set.events()) {
                    rewrites.add(new ChangeSet.EventWrite(records.rewritten(w.event()), null, null, w.sources()));
                }
            }
            store.commit(new ChangeSet(null, Map.of(), List.of(), rewrites));
            assertEquals(0L, count(db, "SELECT count(*) FROM events WHERE facts IS NULL"), "written with facts");
            assertFactsEqualRecords(db);

            Map<String, EventFacts> held = new HashMap<>();
            store.streamEvents(Query.all(), (Event e) -> held.put(e.id(), EventFacts.of(e)));
            List<EventFacts> read = new ArrayList<>();
            store.streamEventFacts(Query.all(), read::add);
            assertEquals(held.size(), read.size());
            read.forEach(f -> assertEquals(held.get(f.id()), f, f.id()));
            List<EventFacts> near = new ArrayList<>();
            store.streamEventFactsNearAny(Query.all().from(RandomRecords.FIRST).to(RandomRecords.FIRST.plusDays(200)),
                    List.of(new Near(36.2, 37.16, 50), new Near(35.5, 36.0, 300)), near::add);
            assertTrue(near.size() > 20, "events near the places were read: " + near.size());
            near.forEach(f -> assertEquals(held.get(f.id()), f, f.id()));
        }
        List<String> after = StoreDump.dump(db);
        try (SqliteStore again = SqliteStore.open(db)) {
            assertEquals(10, again.schemaVersion());
        }
        assertEquals(after, StoreDump.dump(db), "a second open migrates nothing");
    }

    @Test
    void unreadableRecord_stopsTheMigration_namingTheRow_fileLeftAtNine() throws SQLException {
        Path db = dir.resolve("bad.db");
        RandomRecords records = new RandomRecords(4, RandomRecords.places("test:aleppo", "test:khanasser"));
        try (SqliteStore old = SqliteStore.open(db, NINE)) {
            for (int i = 0; i < 10; i++) {
                old.commit(records.next());
            }
        }
        long rowid;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT max(rowid) FROM events")) {
                rs.next();
                rowid = rs.getLong(1);
            }
            s.executeUpdate("UPDATE events SET json = '{\"id\": 7' WHERE rowid = " + rowid);
        }
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(db).close());
        assertTrue(e.getMessage().contains("schema version 10") && e.getMessage().contains("event row " + rowid),
                e.getMessage());
        try (SqliteStore old = SqliteStore.open(db, NINE)) {
            assertEquals(9, old.schemaVersion());
        }
    }

    private void assertFactsEqualRecords(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT json, facts FROM events")) {
            int n = 0;
            while (rs.next()) {
                byte[] facts = rs.getBytes(2);
                assertTrue(EventFactsBytes.isFacts(facts));
                assertEquals(json.readEventFacts(rs.getBytes(1)), json.readEventFacts(facts));
                n++;
            }
            assertTrue(n > 100, "rows checked: " + n);
        }
    }

    private static List<String> withoutFacts(List<String> dump) {
        List<String> out = new ArrayList<>();
        for (String row : dump) {
            if (!row.startsWith("schema_version ")) {
                out.add(row.replaceAll("(?s) \\| facts=.*$", ""));
            }
        }
        return out;
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
