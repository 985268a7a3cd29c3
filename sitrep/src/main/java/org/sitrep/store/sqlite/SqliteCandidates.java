package org.sitrep.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        int c = Long.compare(a.latKey(), b.latKey());
        return c != 0 ? c : Long.compare(a.lonKey(), b.lonKey());
    };
    /** The look-up's order: by position, then as stored ({@link RowOrder} sorts by it). */
    static final Comparator<Row> ORDER = (a, b) -> {
        int c = POSITION.compare(a, b);
        return c != 0 ? c : Long.compare(a.rowid(), b.rowid());
    };

    private SqliteCandidates() {
    }

    /**
     * A coordinate as a key that orders as the position index does: NULL (NaN here) before every value, values
     * as {@link Double#compare} orders them (-0.0 before 0.0). Rows are sorted by position in every look-up, and
     * comparing two longs is cheaper than comparing two doubles with their NULLs.
     */
    static long positionKey(double v) {
        if (Double.isNaN(v)) {
            return Long.MIN_VALUE;
        }
        long bits = Double.doubleToLongBits(v);
        // negative values: every bit but the sign flipped, so that larger magnitudes come first
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * A stored report in a group's window: what the exact conditions and the order need, with its dates as epoch
     * days (0 when undated) and its position as primitives, NaN where SQL has NULL (SQLite stores no NaN), with
     * their order keys ({@link #positionKey}).
     */
    record Row(long rowid, String eventId, double lat, double lon, String start, String end, long firstDay,
               long lastDay, long latKey, long lonKey) {
        Row(long rowid, String eventId, double lat, double lon, String start, String end) {
            this(rowid, eventId, lat, lon, start, end, start == null ? 0 : SqliteReportWindow.day(start),
                    end == null ? 0 : SqliteReportWindow.day(end), positionKey(lat), positionKey(lon));
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
            double minLat = Math.min(box.minLat(), bb.minLat());
            double maxLat = Math.max(box.maxLat(), bb.maxLat());
            double minLon = Math.min(box.minLon(), bb.minLon());
            double maxLon = Math.max(box.maxLon(), bb.maxLon());
            if (!small(t - f, maxLat - minLat, maxLon - minLon, bb == WORLD)) {
                return false;
            }
            from = f;
            to = t;
            // an unboxed group stays WORLD itself: a copy of its bounds would read as a box, and no unboxed block
            // could join it again (such groups had held two blocks at most)
            box = bb == WORLD ? WORLD : new Block.Box(minLat, maxLat, minLon, maxLon);
            members.add(index);
            return true;
        }

        /**
         * False when the group is already wider than a union may be (a block of a long window or a large box read
         * alone): it can take in no other block.
         */
        boolean canGrow() {
            return small(to - from, box.maxLat() - box.minLat(), box.maxLon() - box.minLon(), box == WORLD);
        }

        /** Whether a union of these spans may be read as one group (an unboxed group has no box to bound). */
        private static boolean small(long days, double latSpan, double lonSpan, boolean world) {
            return days <= GROUP_DAYS && (world || (latSpan <= GROUP_LAT && lonSpan <= GROUP_LON));
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
        // the groups that may still take a block in, oldest first: blocks come by first day and a group's first day
        // is its first block's, so a group starting more than GROUP_DAYS before a block's first day can take in
        // neither it nor any later block, and leaves the front (a long document's blocks had each been offered to
        // every group made before them); a group already too wide to grow (a block with a window of months) never
        // enters, as it can take in nothing
        ArrayDeque<Group> open = new ArrayDeque<>();
        for (int i : dated) {
            Block b = blocks.get(i);
            long first = b.from().toEpochDay();
            while (!open.isEmpty() && first - open.peekFirst().from > GROUP_DAYS) {
                open.pollFirst();
            }
            if (!admitted(open, i, b)) {
                Group g = new Group(first, b.to().toEpochDay(), b.box() == null ? WORLD : b.box());
                g.members.add(i);
                groups.add(g);
                if (g.canGrow()) {
                    open.addLast(g);
                }
            }
        }
        for (Group g : groups) {
            Ordered rows = new Ordered(window == null ? rows(st, g) : window.rows(st, g.from, g.to, g.box));
            for (int i : g.members) {
                out.set(i, pick(rows, blocks.get(i)));
            }
        }
        return out;
    }

    private static boolean admitted(ArrayDeque<Group> open, int index, Block b) {
        for (Group g : open) {
            if (g.admit(index, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group's rows in the look-up's order, each with its event as a number (one per distinct id): every block of
     * the group picks distinct events from them, and telling them apart by number costs no hashing per block.
     */
    private static final class Ordered {
        final List<Row> rows;
        final int[] event;
        final List<String> ids = new ArrayList<>();

        Ordered(List<Row> rows) {
            RowOrder.sort(rows);
            this.rows = rows;
            this.event = new int[rows.size()];
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                String id = rows.get(i).eventId();
                Integer n = numbers.get(id);
                if (n == null) {
                    n = ids.size();
                    numbers.put(id, n);
                    ids.add(id);
                }
                event[i] = n;
            }
        }
    }

    /**
     * A block's events from its group's rows. With a box: in the R*Tree look-up's order (unplaced reports first,
     * then by position, then as stored), the first {@code limit} distinct events. Without: the first {@code limit}
     * event ids in id order, as the plain query reads them from the reports' event index.
     */
    private static List<String> pick(Ordered group, Block b) {
        long from = b.from().toEpochDay();
        long to = b.to().toEpochDay();
        List<Row> rows = group.rows;
        boolean[] seen = new boolean[group.ids.size()];
        List<String> out = new ArrayList<>();
        Block.Box box = b.box();
        if (box == null) {
            for (int i = 0; i < rows.size(); i++) {
                if (!seen[group.event[i]] && rows.get(i).inside(b, from, to)) {
                    seen[group.event[i]] = true;
                    out.add(rows.get(i).eventId());
                }
            }
            out.sort(Comparator.naturalOrder());
            return out.size() > b.limit() ? new ArrayList<>(out.subList(0, b.limit())) : out;
        }
        int n = rows.size();
        int i = 0;
        // the unplaced rows lead and every box takes them; of the placed ones, sorted by latitude, only those from
        // the box's southern edge to its northern one can be inside: the rest are passed over, not read
        for (; i < n && Double.isNaN(rows.get(i).lat()); i++) {
            if (out.size() == b.limit()) {
                return out;
            }
            if (!seen[group.event[i]] && rows.get(i).inside(b, from, to)) {
                seen[group.event[i]] = true;
                out.add(rows.get(i).eventId());
            }
        }
        for (i = firstAtLeast(rows, i, box.minLat()); i < n && rows.get(i).lat() <= box.maxLat(); i++) {
            if (out.size() == b.limit()) {
                break;
            }
            if (!seen[group.event[i]] && rows.get(i).inside(b, from, to)) {
                seen[group.event[i]] = true;
                out.add(rows.get(i).eventId());
            }
        }
        return out;
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
        RowOrder.sort(rows);
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
