package org.sitrep.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.Block;

/**
 * The linker's candidate look-up for all reports of a document at once. Dated blocks (with or without a box) are
 * gathered into a few groups whose windows and boxes lie close together; each group is read from the reports'
 * R*Tree (report_blocks) with one query over the union of its blocks, and every block then takes from those rows
 * exactly what its own query would answer, in the same order. So a document costs a few indexed reads instead of
 * one per report, and each read is bounded by the reports near the document in time and place, never by the
 * size of the store. An undated block (every linked report in its box, or unplaced) is read from the reports'
 * position index alone ({@link #undated}).
 */
final class SqliteCandidates {
    /** A group's union window spans at most this many days (a block spans about three weeks). */
    private static final int GROUP_DAYS = 45;
    /** A group's union box spans at most this many degrees (a block's box is 2 by 2.6 degrees). */
    private static final double GROUP_LAT = 5.0;
    private static final double GROUP_LON = 6.5;
    /** The box of a block that has none: every place, and no place. */
    private static final Block.Box WORLD = new Block.Box(-90, 90, -180, 180);

    /** Unplaced first, then by latitude and longitude: the order of the reports' position index. */
    private static final Comparator<Row> POSITION = (a, b) -> {
        int c = nullsFirst(a.lat(), b.lat());
        return c != 0 ? c : nullsFirst(a.lon(), b.lon());
    };
    /** The look-up's order: by position, then as stored. */
    private static final Comparator<Row> ORDER = (a, b) -> {
        int c = POSITION.compare(a, b);
        return c != 0 ? c : Long.compare(a.rowid(), b.rowid());
    };

    private SqliteCandidates() {
    }

    /** Unplaced (NaN, how a row holds SQL's NULL) before every position. */
    private static int nullsFirst(double a, double b) {
        boolean noA = Double.isNaN(a);
        boolean noB = Double.isNaN(b);
        if (noA || noB) {
            return noA ? (noB ? 0 : -1) : 1;
        }
        return Double.compare(a, b);
    }

    /**
     * A stored report in a group's window: what the exact conditions and the order need, with its dates as epoch
     * days (0 when undated) and its position as primitives, NaN where SQL has NULL (SQLite stores no NaN): rows are
     * compared by position many times over in every look-up.
     */
    record Row(long rowid, String eventId, double lat, double lon, String start, String end, long firstDay,
               long lastDay) {
        Row(long rowid, String eventId, double lat, double lon, String start, String end) {
            this(rowid, eventId, lat, lon, start, end, start == null ? 0 : SqliteReportWindow.day(start),
                    end == null ? 0 : SqliteReportWindow.day(end));
        }

        /**
         * The exact conditions of the one-block query, its window as epoch days (SQLite compares the dates' ISO
         * text, which orders as their days do).
         */
        boolean inside(Block b, long from, long to) {
            if (lastDay < from || firstDay > to) {
                return false;
            }
            Block.Box box = b.box();
            return box == null || Double.isNaN(lat) || (!Double.isNaN(lon) && lat >= box.minLat() && lat <= box.maxLat()
                    && lon >= box.minLon() && lon <= box.maxLon());
        }
    }

    /** Blocks read together: their union window and box. */
    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        long from;
        long to;
        Block.Box box;

        Group(long from, long to, Block.Box box) {
            this.from = from;
            this.to = to;
            this.box = box;
        }

        /** Takes the block in when the union stays small; a boxed and an unboxed block never share a group. */
        boolean admit(int index, Block b) {
            Block.Box bb = b.box() == null ? WORLD : b.box();
            if ((bb == WORLD) != (box == WORLD)) {
                return false;
            }
            long f = Math.min(from, b.from().toEpochDay());
            long t = Math.max(to, b.to().toEpochDay());
            Block.Box u = new Block.Box(Math.min(box.minLat(), bb.minLat()), Math.max(box.maxLat(), bb.maxLat()),
                    Math.min(box.minLon(), bb.minLon()), Math.max(box.maxLon(), bb.maxLon()));
            if (t - f > GROUP_DAYS || (bb != WORLD && (u.maxLat() - u.minLat() > GROUP_LAT
                    || u.maxLon() - u.minLon() > GROUP_LON))) {
                return false;
            }
            from = f;
            to = t;
            box = u;
            members.add(index);
            return true;
        }
    }

    /** Each block's candidate events, in the blocks' order; the same lists the one-block look-up answers. */
    static List<List<String>> lookup(Statements st, List<Block> blocks) throws SQLException {
        return lookup(st, blocks, null);
    }

    /**
     * The same, with the dated reports taken from the writer's copy of them when one is given (else from the
     * R*Tree): the copy gives a superset of the tree's rows, and each block picks from them exactly.
     */
    static List<List<String>> lookup(Statements st, List<Block> blocks, SqliteReportWindow window)
            throws SQLException {
        List<List<String>> out = new ArrayList<>(blocks.size());
        List<Integer> dated = new ArrayList<>();
        // a document's undated reports of one place ask the same question: it is answered once
        Map<Block, List<String>> undated = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(null);
            Block b = blocks.get(i);
            if (b.from() != null) {
                dated.add(i);
            } else if (b.box() != null) {
                List<String> answer = undated.get(b);
                if (answer == null) {
                    answer = undated(st, b);
                    undated.put(b, answer);
                }
                out.set(i, new ArrayList<>(answer));
            } else {
                out.set(i, SqliteQueries.candidateEventsScan(st.connection(), b));
            }
        }
        dated.sort(Comparator.comparing(i -> blocks.get(i).from()));
        List<Group> groups = new ArrayList<>();
        for (int i : dated) {
            Block b = blocks.get(i);
            if (groups.stream().noneMatch(g -> g.admit(i, b))) {
                Group g = new Group(b.from().toEpochDay(), b.to().toEpochDay(), b.box() == null ? WORLD : b.box());
                g.members.add(i);
                groups.add(g);
            }
        }
        for (Group g : groups) {
            List<Row> rows = window == null ? rows(st, g) : window.rows(st, g.from, g.to, g.box);
            rows.sort(ORDER);
            for (int i : g.members) {
                out.set(i, pick(rows, blocks.get(i)));
            }
        }
        return out;
    }

    /**
     * A block's events from its group's rows. With a box: in the R*Tree look-up's order (unplaced reports first,
     * then by position, then as stored), the first {@code limit} distinct events. Without: the first {@code limit}
     * event ids in id order, as the plain query reads them from the reports' event index.
     */
    private static List<String> pick(List<Row> rows, Block b) {
        long from = b.from().toEpochDay();
        long to = b.to().toEpochDay();
        Block.Box box = b.box();
        if (box == null) {
            Set<String> ids = new TreeSet<>();
            for (Row r : rows) {
                if (r.inside(b, from, to)) {
                    ids.add(r.eventId());
                }
            }
            List<String> out = new ArrayList<>(ids);
            return out.size() > b.limit() ? new ArrayList<>(out.subList(0, b.limit())) : out;
        }
        Set<String> ids = new LinkedHashSet<>();
        int n = rows.size();
        int i = 0;
        // the unplaced rows lead and every box takes them; of the placed ones, sorted by latitude, only those from
        // the box's southern edge to its northern one can be inside: the rest are passed over, not read
        for (; i < n && Double.isNaN(rows.get(i).lat()); i++) {
            if (ids.size() == b.limit()) {
                return new ArrayList<>(ids);
            }
            if (rows.get(i).inside(b, from, to)) {
                ids.add(rows.get(i).eventId());
            }
        }
        for (i = firstAtLeast(rows, i, box.minLat()); i < n && rows.get(i).lat() <= box.maxLat(); i++) {
            if (ids.size() == b.limit()) {
                break;
            }
            if (rows.get(i).inside(b, from, to)) {
                ids.add(rows.get(i).eventId());
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * The first of the placed rows from {@code from} on whose latitude is at least {@code lat} (they are in
     * latitude order, where -0.0 and 0.0 are neighbours, so the test is monotone).
     */
    private static int firstAtLeast(List<Row> rows, int from, double lat) {
        int lo = from;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).lat() < lat) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * An undated block's events, as the plain query answers them: linked reports unplaced or in the box, in the
     * position index's order (unplaced first, then by latitude and longitude, then as stored), the first
     * {@code limit} distinct events. The index holds the event too (schema 5), so no report row is read; reading
     * stops at the first change of position after {@code limit} events are in. Should SQLite hand the rows over
     * in another order, every row is read and sorted, so the answer is the same either way.
     */
    static List<String> undated(Statements st, Block b) throws SQLException {
        Block.Box box = b.box();
        PreparedStatement s = st.get("SELECT rowid, event_id, lat, lon FROM reports WHERE event_id IS NOT NULL "
                + "AND (lat IS NULL OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))");
        s.setDouble(1, box.minLat());
        s.setDouble(2, box.maxLat());
        s.setDouble(3, box.minLon());
        s.setDouble(4, box.maxLon());
        List<Row> rows = new ArrayList<>();
        Set<String> before = new HashSet<>();
        boolean ordered = true;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Row r = new Row(rs.getLong(1), rs.getString(2), real(rs, 3), real(rs, 4), null, null);
                Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                int step = last == null ? 0 : POSITION.compare(last, r);
                ordered &= step <= 0;
                if (ordered && step < 0) {
                    // every row so far comes before this one: if they name enough events, the answer is in
                    if (before.size() >= b.limit()) {
                        break;
                    }
                }
                rows.add(r);
                before.add(r.eventId());
            }
        }
        rows.sort(ORDER);
        Set<String> ids = new LinkedHashSet<>();
        for (Row r : rows) {
            if (ids.size() == b.limit()) {
                break;
            }
            ids.add(r.eventId());
        }
        return new ArrayList<>(ids);
    }

    /** The group's dated, linked reports inside its union window and box (to be put in the look-up's order). */
    private static List<Row> rows(Statements st, Group g) throws SQLException {
        String sql = "SELECT r.rowid, r.event_id, r.lat, r.lon, r.date_start, r.date_end FROM report_blocks b "
                + "JOIN reports r ON r.id = b.report_id WHERE b.last_day >= ? AND b.first_day <= ? "
                + "AND b.max_lat >= ? AND b.min_lat <= ? AND b.max_lon >= ? AND b.min_lon <= ? "
                + "AND r.event_id IS NOT NULL";
        List<Row> rows = new ArrayList<>();
        PreparedStatement s = st.get(sql);
        s.setLong(1, g.from);
        s.setLong(2, g.to);
        s.setDouble(3, g.box.minLat());
        s.setDouble(4, g.box.maxLat());
        s.setDouble(5, g.box.minLon());
        s.setDouble(6, g.box.maxLon());
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), real(rs, 3), real(rs, 4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        return rows;
    }

    /** A REAL column's value, NaN for NULL. */
    static double real(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
