package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Block;

/**
 * The linker's candidate look-up through the reports' R*Tree and position index, one block at a time or a
 * document's blocks together, answers what its definition says, in the order it always had (which decides what is
 * kept when more than the limit match), for dated and undated, placed and unplaced reports, moved and removed ones;
 * the plain query over the reports table finds the same events.
 */
class CandidateLookupTest {
    private static final LocalDate START = LocalDate.of(2016, 1, 1);

    @TempDir
    Path dir;

    @Test
    void candidateEvents_randomReportsAndBlocks_sameAsThePlainQuery() throws Exception {
        Path db = dir.resolve("blocks.db");
        SqliteStore.open(db).close();
        Random random = new Random(11);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statements st = new Statements(c)) {
            insertReports(c, random, 3000);
            try (Statement s = c.createStatement()) {
                // reports move to other events, and some go: the tree follows the table
                s.execute("UPDATE reports SET event_id = 'e' || (abs(random()) % 40) WHERE rowid % 7 = 0");
                s.execute("UPDATE reports SET lat = lat + 0.5 WHERE rowid % 11 = 0 AND lat IS NOT NULL");
                s.execute("DELETE FROM reports WHERE rowid % 13 = 0");
            }
            List<Stored> all = stored(c);
            int nonEmpty = 0;
            for (int i = 0; i < 400; i++) {
                Block block = block(random);
                List<String> expected = expected(all, block);
                assertEquals(expected, SqliteCandidates.lookup(st, List.of(block)).get(0), block.toString());
                assertEquals(new HashSet<>(expected.size() < block.limit() ? expected : List.of()),
                        new HashSet<>(expected.size() < block.limit() ? SqliteQueries.candidateEventsScan(c, block)
                                : List.of()), "the plain query: " + block);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(nonEmpty > 200, "too few blocks matched anything: " + nonEmpty);
            // a document's blocks looked up together: each answer as if it were looked up alone
            for (int doc = 0; doc < 40; doc++) {
                List<Block> blocks = new ArrayList<>();
                for (int i = 1 + random.nextInt(30); i > 0; i--) {
                    blocks.add(block(random));
                }
                List<List<String>> together = SqliteCandidates.lookup(st, blocks);
                for (int i = 0; i < blocks.size(); i++) {
                    assertEquals(expected(all, blocks.get(i)), together.get(i), blocks.get(i).toString());
                }
            }
            // undated reports of one place ask the same question (answered once): each still gets its answer
            int repeated = 0;
            for (int doc = 0; doc < 40; doc++) {
                List<Block> blocks = new ArrayList<>();
                for (int i = 1 + random.nextInt(10); i > 0; i--) {
                    Block b = block(random);
                    Block undated = b.box() == null ? b : new Block(null, null, b.box(), b.limit());
                    blocks.add(undated);
                    blocks.add(b);
                    blocks.add(undated);
                    repeated += b.box() == null ? 0 : 1;
                }
                List<List<String>> together = SqliteCandidates.lookup(st, blocks);
                for (int i = 0; i < blocks.size(); i++) {
                    assertEquals(expected(all, blocks.get(i)), together.get(i), blocks.get(i).toString());
                }
                together.get(0).clear(); // an answer is the caller's own: changing it changes no other
                assertEquals(expected(all, blocks.get(2)), together.get(2));
            }
            assertTrue(repeated > 20, "too few repeated undated blocks: " + repeated);
        }
    }

    /** A stored report as the look-up sees it. */
    private record Stored(long rowid, String eventId, String start, String end, Double lat, Double lon) {
    }

    private static List<Stored> stored(Connection c) throws Exception {
        List<Stored> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT rowid, event_id, date_start, date_end, lat, lon FROM reports")) {
            while (rs.next()) {
                Double lat = rs.getObject(5) == null ? null : rs.getDouble(5);
                Double lon = rs.getObject(6) == null ? null : rs.getDouble(6);
                out.add(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), lat, lon));
            }
        }
        return out;
    }

    /**
     * What the look-up answers, by its definition (and as sitrep answered it before schema 5): the events of linked
     * reports dated within the window (when the block has one) and unplaced or inside the box (when it has one);
     * with a box, in the order of the reports' position index before schema 5 (unplaced first, then by latitude,
     * longitude, and as stored); without one, by event id; the first {@code limit}.
     */
    private static List<String> expected(List<Stored> all, Block b) {
        List<Stored> in = new ArrayList<>();
        for (Stored r : all) {
            boolean dated = b.from() == null || (r.start() != null && r.end().compareTo(b.from().toString()) >= 0
                    && r.start().compareTo(b.to().toString()) <= 0);
            Block.Box box = b.box();
            boolean placed = box == null || r.lat() == null || (r.lat() >= box.minLat() && r.lat() <= box.maxLat()
                    && r.lon() >= box.minLon() && r.lon() <= box.maxLon());
            if (r.eventId() != null && dated && placed) {
                in.add(r);
            }
        }
        Comparator<Double> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        in.sort(Comparator.comparing(Stored::lat, nullsFirst).thenComparing(Stored::lon, nullsFirst)
                .thenComparingLong(Stored::rowid));
        Set<String> ids = b.box() == null ? new TreeSet<>() : new LinkedHashSet<>();
        in.forEach(r -> ids.add(r.eventId()));
        return new ArrayList<>(ids).subList(0, Math.min(ids.size(), b.limit()));
    }

    private static void insertReports(Connection c, Random random, int n) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reports (id, document_id, ordinal, kind, event_id, "
                + "date_start, date_end, lat, lon, actor_key, place_key, source_key, json) "
                + "VALUES (?, 'd', ?, 'event', ?, ?, ?, ?, ?, '', '', '', '{}')")) {
            for (int i = 0; i < n; i++) {
                s.setString(1, "r" + i);
                s.setInt(2, i);
                s.setString(3, random.nextInt(10) == 0 ? null : "e" + random.nextInt(600));
                if (random.nextInt(15) == 0) {
                    s.setNull(4, Types.VARCHAR);
                    s.setNull(5, Types.VARCHAR);
                } else {
                    LocalDate d = START.plusDays(random.nextInt(200));
                    s.setString(4, d.toString());
                    s.setString(5, d.plusDays(random.nextInt(5) == 0 ? random.nextInt(31) : 0).toString());
                }
                if (random.nextInt(8) == 0) {
                    s.setNull(6, Types.REAL);
                    s.setNull(7, Types.REAL);
                } else {
                    s.setDouble(6, 32 + random.nextDouble() * 5);
                    s.setDouble(7, 35 + random.nextDouble() * 7);
                }
                s.executeUpdate();
            }
        }
    }

    private static Block block(Random random) {
        Block.Box box = null;
        if (random.nextInt(5) != 0) {
            double lat = 32 + random.nextDouble() * 5;
            double lon = 35 + random.nextDouble() * 7;
            box = new Block.Box(lat - 1, lat + 1, lon - 1.3, lon + 1.3);
        }
        LocalDate from = null;
        LocalDate to = null;
        if (box == null || random.nextInt(6) != 0) {
            from = START.plusDays(random.nextInt(220) - 10);
            to = from.plusDays(20 + random.nextInt(3));
        }
        return new Block(from, to, box, random.nextBoolean() ? 400 : 5 + random.nextInt(20));
    }
}
