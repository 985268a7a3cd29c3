package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.Box;
import org.sitrep.model.Cursor;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Store;

/**
 * Dated events in a box (or near a place) in date order, through the events' R*Tree ({@code event_blocks},
 * schema 6). Neither index alone answers "the first page of this box in this window": the date index walks every
 * event of the window outside the box, the position index every event of the box outside the window, and either
 * way an ordered page waits for all of them. The tree gives the events inside both, a slice of days at a time:
 * each slice's ids are put in order (day, then id) and read from the table in that order with every filter of
 * the query checked exactly (the tree keeps 32-bit floats, rounded outwards), until the page is full. The first
 * slice spans the days that would hold about a page if the box held every stored event (the store's events per
 * day), since every candidate a slice returns costs a row read whether the page needs it or not; a slice that
 * yields little makes the next one longer, so a sparse box over years takes a few slices, a dense one one.
 */
final class SqliteEventBlocks {
    /** Events the first slice aims at when the query sets no limit (a whole box streamed): reads in big strides. */
    static final int UNLIMITED_FIRST_SLICE_EVENTS = 2_000;
    /** The longest slice, so that a whole store streamed (an export by box) never sits in memory at once. */
    static final int LONGEST_SLICE_DAYS = 366;
    /** Rows read from the table per statement: ids in a slice's order, their JSON in the same order. */
    private static final int CHUNK = 250;
    /** Rows read per statement when a slice is read whole (no page to stop at): fewer statements to prepare. */
    private static final int WHOLE_SLICE_CHUNK = 1_000;

    private SqliteEventBlocks() {
    }

    /** Whether a query is one the tree answers: events in a box or near a place (not across the antimeridian). */
    static boolean answers(Query q) {
        return (q.bbox() != null && !q.bbox().crossesAntimeridian()) || (q.bbox() == null && q.near() != null);
    }

    /** An event the tree holds: its row, first day and id (a page's order). */
    private record Candidate(long rowid, long day, String id) {
    }

    /** Whether a row's exact position is one a query wants. */
    private interface Inside {
        boolean test(double lat, double lon);
    }

    /** A tree position this far (km) outside a circle may still be inside it once read exactly. */
    private static final double TREE_SLACK_KM = 0.01;

    static void select(Connection c, Query q, String column, SqliteQueries.RowSink sink, int[] sent) throws SQLException {
        long[] span = daySpan(c);
        if (span == null) {
            return;
        }
        int days = firstSliceDays(q, span);
        Cursor after = q.after();
        Long lowest = after != null ? Long.valueOf(after.date().toEpochDay()) : null;
        long start = lowest != null ? lowest : q.from() != null ? q.from().toEpochDay() : span[0];
        long last = q.to() != null ? Math.min(q.to().toEpochDay(), span[1]) : span[1];
        boolean first = true;
        while (start <= last && (q.limit() == null || sent[0] < q.limit())) {
            long end = Math.min(last, start + days - 1);
            // the first slice also takes events that began before the window and run into it
            List<Candidate> slice = candidates(c, q, box(q), first ? lowest : Long.valueOf(start), end);
            int before = sent[0];
            Near near = q.near();
            read(c, q, slice, column, near == null ? (lat, lon) -> true : near::contains, sink, sent);
            int wanted = q.limit() == null ? Integer.MAX_VALUE : q.limit() - before;
            if (sent[0] - before < wanted / 2) {
                days = (int) Math.min(LONGEST_SLICE_DAYS, days * 4L);
            }
            start = end + 1;
            first = false;
        }
    }

    /**
     * The events near any of several circles, each once, in date order (undated last, then id): a road's
     * corridor, whose circles overlap, read as one area. Each slice's candidates are gathered from every circle's
     * box, kept when the tree's position lies in one of the circles, and read once; the exact position decides.
     * The query sets the window and filters; it has no place, limit or cursor of its own.
     */
    static void selectNearAny(Connection c, Query q, List<Near> areas, Set<SubEventType> types, String column,
                              Consumer<byte[]> sink) throws SQLException {
        Store.requireWindowOnly(q);
        long[] span = daySpan(c);
        if (span == null || areas.isEmpty()) {
            return;
        }
        Circle[] exact = areas.stream().map(Circle::new).toArray(Circle[]::new);
        Circle[] widened = areas.stream().map(n -> new Circle(new Near(n.lat(), n.lon(), n.km() + TREE_SLACK_KM)))
                .toArray(Circle[]::new);
        int days = firstSliceDays(q, span);
        long start = q.from() != null ? q.from().toEpochDay() : span[0];
        long last = q.to() != null ? Math.min(q.to().toEpochDay(), span[1]) : span[1];
        int[] sent = {0};
        boolean first = true;
        while (start <= last) {
            long end = Math.min(last, start + days - 1);
            RowIds union = new RowIds();
            for (Near area : areas) {
                positions(c, q, box(area), first ? null : Long.valueOf(start), end, widened, union);
            }
            long[] slice = union.sortedDistinct();
            readInOrder(c, q, types, slice, column, (lat, lon) -> anyContains(exact, lat, lon), sink, sent);
            days = (int) Math.min(LONGEST_SLICE_DAYS, days * 4L);
            start = end + 1;
            first = false;
        }
        if (q.from() == null && q.to() == null) {
            // undated events with a place come last, as a query near one place gives them
            SqliteQueries.plain(c, "events", q, false, column, " AND lat IS NOT NULL" + typesIn(types), rs -> {
                if (anyContains(exact, rs.getDouble(2), rs.getDouble(3))) {
                    sink.accept(rs.getBytes(1));
                }
            }, sent);
        }
    }

    /** A circle with its box worked out once: most points are tested against many circles they are far from. */
    private record Circle(Near near, double south, double north, double west, double east) {
        Circle(Near near) {
            // a box over the antimeridian is left open east and west: the distance alone decides there
            this(near, near.minLat(), near.maxLat(), wraps(near) ? -180 : near.lon() - near.lonHalfWidth(),
                    wraps(near) ? 180 : near.lon() + near.lonHalfWidth());
        }

        private static boolean wraps(Near n) {
            return Math.abs(n.lon()) + n.lonHalfWidth() > 180;
        }

        boolean contains(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east && near.contains(lat, lon);
        }
    }

    private static boolean anyContains(Circle[] areas, double lat, double lon) {
        for (Circle c : areas) {
            if (c.contains(lat, lon)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first and last start day of the dated events and an upper bound on how many events there are (the
     * largest rowid: three index look-ups, where counting would read the whole table), or null when none is dated.
     */
    private static long[] daySpan(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT (SELECT min(date_start) FROM events), "
                + "(SELECT max(date_start) FROM events), (SELECT max(rowid) FROM events)");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) {
                return null;
            }
            return new long[] {LocalDate.parse(rs.getString(1)).toEpochDay(),
                    LocalDate.parse(rs.getString(2)).toEpochDay(), rs.getLong(3)};
        }
    }

    /**
     * Days that hold about a page (the limit and one more, to know whether a next page exists) at the store's
     * mean events per day; at least one, at most {@link #LONGEST_SLICE_DAYS}. The rowid bound over-counts after
     * removals, which only makes the first slice shorter and the next ones grow.
     */
    static int firstSliceDays(Query q, long[] span) {
        long wanted = q.limit() == null ? UNLIMITED_FIRST_SLICE_EVENTS : q.limit() + 1L;
        double perDay = Math.max(1, span[2]) / (double) (span[1] - span[0] + 1);
        return (int) Math.max(1, Math.min(LONGEST_SLICE_DAYS, Math.ceil(wanted / perDay)));
    }

    /** The tree's events starting from {@code from} (null: any day before) to {@code to}, in the query's order. */
    private static List<Candidate> candidates(Connection c, Query q, double[] box, Long from, long to)
            throws SQLException {
        List<Candidate> out = new ArrayList<>();
        Cursor after = q.after();
        try (PreparedStatement s = inTree(c, "id, first_day, event_id", q, box, from, to)) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Candidate k = new Candidate(rs.getLong(1), Math.round(rs.getDouble(2)), rs.getString(3));
                    if (after == null || k.day() > after.date().toEpochDay()
                            || k.day() == after.date().toEpochDay() && k.id().compareTo(after.id()) > 0) {
                        out.add(k);
                    }
                }
            }
        }
        out.sort(Comparator.comparingLong(Candidate::day).thenComparing(Candidate::id));
        return out;
    }

    /** The tree's entries in a box that start from {@code from} (null: any day before) to {@code to}, bound. */
    private static PreparedStatement inTree(Connection c, String columns, Query q, double[] box, Long from, long to)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM event_blocks WHERE first_day <= ?");
        List<Object> params = new ArrayList<>(List.of((double) to));
        if (from != null) {
            sql.append(" AND first_day >= ?");
            params.add((double) from);
        }
        if (q.from() != null) {
            sql.append(" AND last_day >= ?");
            params.add((double) q.from().toEpochDay());
        }
        sql.append(" AND max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?");
        params.addAll(List.of(box[0], box[1], box[2], box[3]));
        PreparedStatement s = c.prepareStatement(sql.toString());
        try {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * The rowids of the tree's events in a box from {@code from} (null: any day before) to {@code to} whose
     * position lies in one of the circles. The tree's own columns only: its auxiliary event id is a look-up per row
     * in another table, which for a road's year was as dear as the rest of the query (the ids come with the rows).
     */
    private static void positions(Connection c, Query q, double[] box, Long from, long to, Circle[] circles,
                                  RowIds out) throws SQLException {
        try (PreparedStatement s = inTree(c, "id, min_lat, min_lon", q, box, from, to)) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (anyContains(circles, rs.getDouble(2), rs.getDouble(3))) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
    }

    /**
     * The condition keeping these sub-event types (their labels are ours, written in the SQL), or none. The unary
     * plus keeps SQLite from answering through the type index, one probe per type and rowid, instead of reading
     * the rows by rowid and testing their type.
     */
    private static String typesIn(Set<SubEventType> types) {
        if (types == null) {
            return "";
        }
        StringBuilder in = new StringBuilder(" AND +sub_event_type IN (''");
        types.stream().map(SubEventType::label).sorted()
                .forEach(label -> in.append(", '").append(label.replace("'", "''")).append('\''));
        return in.append(')').toString();
    }

    /** Rowids gathered from several overlapping boxes: unboxed, sorted and deduplicated once at the end. */
    private static final class RowIds {
        private long[] ids = new long[1024];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        long[] sortedDistinct() {
            Arrays.sort(ids, 0, size);
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (kept == 0 || ids[i] != ids[kept - 1]) {
                    ids[kept++] = ids[i];
                }
            }
            return Arrays.copyOf(ids, kept);
        }
    }

    /** A read row of {@link #readInOrder}: its order key and the selected column's bytes. */
    private record Read(String day, String id, byte[] column) {
    }

    /**
     * Reads a slice's rows (in rowid order, a chunk at a time, with every filter of the query) and hands them on in
     * the store's order, date then id: sorting the slice's rows here costs less than ordering each chunk in SQL
     * after knowing every candidate's id beforehand.
     */
    private static void readInOrder(Connection c, Query q, Set<SubEventType> types, long[] slice, String column,
                                    Inside inside, Consumer<byte[]> sink, int[] sent) throws SQLException {
        List<Read> rows = new ArrayList<>(slice.length);
        for (int from = 0; from < slice.length; from += WHOLE_SLICE_CHUNK) {
            int to = Math.min(slice.length, from + WHOLE_SLICE_CHUNK);
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT " + column + ", lat, lon, date_start, id FROM events "
                    + "WHERE rowid IN (");
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "?" : ", ?");
            }
            sql.append(")").append(typesIn(types));
            SqliteQueries.conditions("events", q, sql, params);
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = from; i < to; i++) {
                    s.setLong(i - from + 1, slice[i]);
                }
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(to - from + i + 1, params.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (inside.test(rs.getDouble(2), rs.getDouble(3))) {
                            rows.add(new Read(rs.getString(4), rs.getString(5), rs.getBytes(1)));
                        }
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(Read::day).thenComparing(Read::id));
        for (Read r : rows) {
            sink.accept(r.column());
            sent[0]++;
        }
    }

    /** South, north, west, east: the box, or the box around the circle. */
    private static double[] box(Query q) {
        Box b = q.bbox();
        if (b != null) {
            return new double[] {b.minLat(), b.maxLat(), b.minLon(), b.maxLon()};
        }
        return box(q.near());
    }

    private static double[] box(Near n) {
        return new double[] {n.minLat(), n.maxLat(), n.lon() - n.lonHalfWidth(), n.lon() + n.lonHalfWidth()};
    }

    /** Reads a slice's rows in its order, a chunk at a time, with every filter of the query, until the page is full. */
    private static void read(Connection c, Query q, List<Candidate> slice, String column, Inside inside,
                             SqliteQueries.RowSink sink, int[] sent) throws SQLException {
        for (int from = 0; from < slice.size() && (q.limit() == null || sent[0] < q.limit()); from += CHUNK) {
            List<Candidate> chunk = slice.subList(from, Math.min(slice.size(), from + CHUNK));
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT " + column + ", lat, lon FROM events WHERE rowid IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
                params.add(chunk.get(i).rowid());
            }
            sql.append(")");
            SqliteQueries.conditions("events", q, sql, params);
            sql.append(" ORDER BY date_start, id");
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while ((q.limit() == null || sent[0] < q.limit()) && rs.next()) {
                        if (!inside.test(rs.getDouble(2), rs.getDouble(3))) {
                            continue;
                        }
                        sink.accept(rs);
                        sent[0]++;
                    }
                }
            }
        }
    }
}
