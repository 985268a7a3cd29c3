package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Box;
import org.sitrep.model.Cursor;
import org.sitrep.model.Near;
import org.sitrep.model.Query;

/**
 * Events by box (or near a place) read through the events' R*Tree answer what the plain query over the events
 * table answers, in the same order, page by page: dated and undated, placed and unplaced events, several days
 * long or starting before the window, moved, regraded and removed ones, with and without other filters.
 */
class EventBlocksTest {
    private static final LocalDate START = LocalDate.of(2014, 1, 1);

    @TempDir
    Path dir;

    private final Map<String, LocalDate> dayOf = new HashMap<>();

    @Test
    void eventsInABox_randomEventsAndQueries_sameAsThePlainQuery() throws Exception {
        Path db = dir.resolve("events.db");
        SqliteStore.open(db).close();
        Random random = new Random(5);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            insertEvents(c, random, 4000);
            try (Statement s = c.createStatement()) {
                // events move, change dates and go: the tree follows the table
                s.execute("UPDATE events SET lat = lat + 0.3 WHERE rowid % 7 = 0 AND lat IS NOT NULL");
                s.execute("UPDATE events SET date_start = date(date_start, '-3 days') WHERE rowid % 11 = 0");
                s.execute("UPDATE events SET lat = NULL, lon = NULL WHERE rowid % 17 = 0");
                s.execute("DELETE FROM events WHERE rowid % 13 = 0");
            }
            readDays(c);
            int nonEmpty = 0;
            for (int i = 0; i < 300; i++) {
                Query q = query(random);
                List<String> expected = select(c, q, false);
                assertEquals(expected, select(c, q, true), q.toString());
                nonEmpty += expected.isEmpty() ? 0 : 1;
                if (q.limit() != null && !expected.isEmpty()) {
                    // the next page after this one's last record, both ways
                    String lastId = expected.get(expected.size() - 1);
                    Query next = q.after(new Cursor(dayOf.get(lastId), lastId));
                    assertEquals(select(c, next, false), select(c, next, true), next.toString());
                }
            }
            assertTrue(nonEmpty > 150, "too few queries matched anything: " + nonEmpty);
        }
    }

    @Test
    void fileOfSchema5_opened_migratesWithEveryPlacedDatedEventInTheTree() throws Exception {
        Path db = dir.resolve("v5.db");
        SqliteStore.open(db, Migrations.load(Migrations.STANDARD).upTo(5)).close();
        Random random = new Random(8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            insertEvents(c, random, 600);
        }
        try (SqliteStore store = SqliteStore.open(db, Migrations.load(Migrations.STANDARD).upTo(6))) {
            assertEquals(6, store.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT (SELECT count(*) FROM event_blocks), (SELECT count(*) FROM events "
                    + "WHERE date_start IS NOT NULL AND lat IS NOT NULL), (SELECT count(*) FROM events)");
            rs.next();
            assertEquals(rs.getInt(2), rs.getInt(1));
            assertTrue(rs.getInt(2) > 500 && rs.getInt(2) < rs.getInt(3), rs.getInt(2) + " of " + rs.getInt(3));
            rs.close();
            for (int i = 0; i < 50; i++) {
                Query q = query(random);
                assertEquals(select(c, q, false), select(c, q, true), q.toString());
            }
        }
    }

    private static List<String> select(Connection c, Query q, boolean blocks) throws SQLException {
        List<String> out = new ArrayList<>();
        SqliteQueries.select(c, "events", q, blocks, out::add);
        return out;
    }

    private static Query query(Random random) {
        Query q = Query.all();
        double lat = 33 + random.nextDouble() * 4;
        double lon = 36 + random.nextDouble() * 5;
        if (random.nextInt(4) == 0) {
            q = q.near(new Near(lat, lon, 5 + random.nextInt(80)));
        } else {
            double w = 0.05 + random.nextDouble() * (random.nextBoolean() ? 0.5 : 5);
            q = q.bbox(new Box(lon - w, lat - w, lon + w, lat + w));
        }
        LocalDate from = START.plusDays(random.nextInt(700));
        int pick = random.nextInt(4);
        if (pick != 1) {
            q = q.from(from);
        }
        if (pick != 2) {
            q = q.to(from.plusDays(random.nextInt(random.nextBoolean() ? 20 : 400)));
        }
        if (random.nextInt(3) > 0) {
            q = q.limit(1 + random.nextInt(random.nextBoolean() ? 10 : 200));
        }
        if (random.nextInt(5) == 0) {
            q = q.type("Battles");
        }
        return q;
    }

    private static void insertEvents(Connection c, Random random, int n) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (id, document_id, ordinal, event_type, "
                + "date_start, date_end, lat, lon, actor_key, place_key, source_key, json) "
                + "VALUES (?, 'd', ?, ?, ?, ?, ?, ?, '', '', '', ?)")) {
            for (int i = 0; i < n; i++) {
                // ids not in date order, and several events on one day and place
                String id = "e" + Integer.toHexString(i * 7919 % 100_003);
                s.setString(1, id);
                s.setInt(2, i);
                s.setString(3, random.nextBoolean() ? "Battles" : "Protests");
                if (random.nextInt(30) == 0) {
                    s.setNull(4, Types.VARCHAR);
                    s.setNull(5, Types.VARCHAR);
                } else {
                    LocalDate d = START.plusDays(random.nextInt(730));
                    s.setString(4, d.toString());
                    s.setString(5, d.plusDays(random.nextInt(8) == 0 ? random.nextInt(40) : 0).toString());
                }
                if (random.nextInt(25) == 0) {
                    s.setNull(6, Types.REAL);
                    s.setNull(7, Types.REAL);
                } else {
                    s.setDouble(6, 33 + random.nextInt(400) / 100.0);
                    s.setDouble(7, 36 + random.nextInt(500) / 100.0);
                }
                s.setString(8, id);
                s.executeUpdate();
            }
        }
    }

    private void readDays(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT id, date_start FROM events")) {
            while (rs.next()) {
                dayOf.put(rs.getString(1), rs.getString(2) == null ? null : LocalDate.parse(rs.getString(2)));
            }
        }
    }
}
