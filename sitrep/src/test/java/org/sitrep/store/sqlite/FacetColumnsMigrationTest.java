package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventTally;
import org.sitrep.model.Query;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.RandomRecords;
import org.sitrep.store.Tallies;

/**
 * Schema 9: the store writes the facets' actor ids and place id as columns of the events row instead of the
 * triggers reading them from the JSON. A schema-8 file migrates on open with nothing lost or changed; its old rows
 * (no columns) and every row written after (columns) have the facets the JSON gives; rows written again, with
 * or without new days, place and actors, keep facets and R*Tree entries right (their triggers skip rewrites that
 * change neither); a second open changes nothing; counts equal streaming.
 */
class FacetColumnsMigrationTest {
    /** Facets rows whose actor ids or place id differ from what the events row's JSON says (schema 7's reading). */
    private static final String DIFFERING = "SELECT count(*) FROM event_facets f JOIN events e ON e.rowid = f.event_rowid"
            + " WHERE f.actor_ids IS NOT coalesce((SELECT char(10) || group_concat(id, char(10)) || char(10) FROM ("
            + " SELECT json_extract(value, '$.id') AS id FROM json_each(e.json, '$.actor1')"
            + " UNION SELECT json_extract(value, '$.id') FROM json_each(e.json, '$.actor2')"
            + " UNION SELECT json_extract(value, '$.id') FROM json_each(e.json, '$.assoc_actor1')"
            + " UNION SELECT json_extract(value, '$.id') FROM json_each(e.json, '$.assoc_actor2'))"
            + " WHERE id IS NOT NULL), '')"
            + " OR f.place_id IS NOT json_extract(e.json, '$.location.gazetteer_id')";

    /** Dated events without a facets row holding their current columns. */
    private static final String FACETS_MISSING = "SELECT count(*) FROM events e WHERE e.date_start IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM event_facets f WHERE f.event_rowid = e.rowid"
            + " AND f.date_start = e.date_start AND f.date_end = e.date_end AND f.event_type IS e.event_type"
            + " AND f.sub_event_type IS e.sub_event_type AND f.lat IS e.lat AND f.lon IS e.lon"
            + " AND f.actor_key = e.actor_key AND f.place_key = e.place_key)";
    /** Dated, placed events without an R*Tree entry of their days and position (32-bit floats in the tree). */
    private static final String BLOCKS_MISSING = "SELECT count(*) FROM events e WHERE e.date_start IS NOT NULL"
            + " AND e.lat IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_blocks b WHERE b.id = e.rowid"
            + " AND b.event_id = e.id AND abs(b.first_day - (julianday(e.date_start) - 2440587.5)) < 0.01"
            + " AND abs(b.last_day - (julianday(e.date_end) - 2440587.5)) < 0.01"
            + " AND abs(b.min_lat - e.lat) < 0.001 AND abs(b.min_lon - e.lon) < 0.001)";

    /** This test is about schema 9; later versions have their own tests. */
    private static final Migrations NINE = Migrations.load(Migrations.STANDARD).upTo(9);

    @TempDir
    Path dir;

    @Test
    void fileOfSchema8_opened_keepsEveryRowAndItsFacets() throws SQLException {
        Path db = dir.resolve("v8.db");
        RandomRecords records = new RandomRecords(9, RandomRecords.places("test:aleppo", "test:khanasser"));
        List<ChangeSet> sets = new ArrayList<>();
        try (SqliteStore old = SqliteStore.open(db, Migrations.load(Migrations.STANDARD).upTo(8))) {
            for (int i = 0; i < 120; i++) {
                sets.add(records.next());
            }
            old.commitAll(sets);
        }
        List<String> before = withoutFacetColumns(StoreDump.dump(db));
        List<String> facetsBefore = rows(db, "SELECT * FROM event_facets ORDER BY 1, 2, 3");
        try (SqliteStore store = SqliteStore.open(db, NINE)) {
            assertEquals(9, store.schemaVersion());
        }
        assertEquals(before, withoutFacetColumns(StoreDump.dump(db)), "every row as it was (but the version), the new columns empty");
        assertEquals(facetsBefore, rows(db, "SELECT * FROM event_facets ORDER BY 1, 2, 3"));
        assertEquals(0L, count(db, "SELECT count(*) FROM events WHERE actor_ids IS NOT NULL"), "nothing rewritten");

        try (SqliteStore store = SqliteStore.open(db, NINE)) {
            assertEquals(9, store.schemaVersion());
            // old rows written again (a merge changed actors, place and date) and new documents
            List<ChangeSet.EventWrite> rewrites = new ArrayList<>();
            for (ChangeSet set : sets.subList(0, 40)) {
                for (ChangeSet.EventWrite w : set.events()) {
                    rewrites.add(new ChangeSet.EventWrite(records.rewritten(w.event()), null, null, w.sources()));
                }
            }
            store.commit(new ChangeSet(null, Map.of(), List.of(), rewrites));
            // written again with the same days, position and actors (a report joins): only the JSON changes
            List<ChangeSet.EventWrite> same = new ArrayList<>();
            for (ChangeSet.EventWrite w : rewrites.subList(0, 20)) {
                same.add(new ChangeSet.EventWrite(w.event(), null, null, List.of("Outlet 9")));
            }
            store.commit(new ChangeSet(null, Map.of(), List.of(), same));
            for (int i = 0; i < 40; i++) {
                store.commit(records.next());
            }
            assertTrue(count(db, "SELECT count(*) FROM events WHERE actor_ids IS NOT NULL") >= rewrites.size() + 40,
                    "rows written since carry the columns");
            assertTrue(count(db, "SELECT count(*) FROM events WHERE actor_ids IS NULL") > 0, "old rows left as they were");
            assertEquals(0L, count(db, DIFFERING), "every facets row says what its event's JSON says");
            assertEquals(count(db, "SELECT count(*) FROM events WHERE date_start IS NOT NULL"),
                    count(db, "SELECT count(*) FROM event_facets"), "one facets row per dated event");
            assertEquals(0L, count(db, FACETS_MISSING), "every dated event's facets row holds its columns");
            assertEquals(count(db, "SELECT count(*) FROM events WHERE date_start IS NOT NULL AND lat IS NOT NULL"),
                    count(db, "SELECT count(*) FROM event_blocks"), "one R*Tree entry per dated, placed event");
            assertEquals(0L, count(db, BLOCKS_MISSING), "every R*Tree entry holds its event's days and position");
            Query window = Query.all().from(RandomRecords.FIRST.plusDays(10)).to(RandomRecords.FIRST.plusDays(100));
            for (EventTally t : List.of(EventTally.of(window), EventTally.of(window).actorIds(Set.of("islamic-state")),
                    EventTally.of(Query.all()).placeIds(Set.of("test:aleppo", "test:v3")))) {
                assertEquals(Tallies.byStreaming(store, t), store.eventDates(t), t.toString());
            }
        }
        List<String> after = StoreDump.dump(db);
        try (SqliteStore again = SqliteStore.open(db, NINE)) {
            assertEquals(9, again.schemaVersion());
        }
        assertEquals(after, StoreDump.dump(db), "a second open migrates nothing");
    }

    @Test
    void actorIds_distinctIdsOfEveryRole_betweenNewlines() {
        RandomRecords records = new RandomRecords(3, RandomRecords.places("test:aleppo", "test:khanasser"));
        int withIds = 0;
        for (int i = 0; i < 50; i++) {
            for (ChangeSet.EventWrite w : records.next().events()) {
                Event e = w.event();
                String ids = SqliteWriter.actorIds(e);
                long roles = java.util.stream.Stream.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2())
                        .flatMap(List::stream).filter(a -> a.id() != null).map(a -> a.id()).distinct().count();
                if (roles == 0) {
                    assertEquals("", ids);
                } else {
                    withIds++;
                    assertTrue(ids.startsWith("\n") && ids.endsWith("\n"), ids);
                    assertEquals(roles, ids.strip().split("\n").length, ids);
                }
            }
        }
        assertTrue(withIds > 10, "events with actor ids were checked");
    }

    private static List<String> withoutFacetColumns(List<String> dump) {
        List<String> out = new ArrayList<>();
        for (String row : dump) {
            if (row.startsWith("schema_version ")) {
                continue;
            }
            out.add(row.replace(" | actor_ids=null | place_id=null", ""));
        }
        return out;
    }

    private static List<String> rows(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
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
