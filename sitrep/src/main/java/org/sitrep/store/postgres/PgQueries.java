package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.Box;
import org.sitrep.model.Cursor;
import org.sitrep.model.Event;
import org.sitrep.store.Block;
import org.sitrep.store.KeysetSql;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.model.ReportKind;
import org.sitrep.store.SearchKeys;
import org.sitrep.store.StoredFingerprint;
import org.sitrep.model.Syndication;

/**
 * The store's read queries, each on the connection it is given. Places are found through the GiST index on the
 * point columns ({@code &&} with a box); a circle is then checked exactly in Java with the same great-circle
 * distance as every store, so both stores answer a --near query alike.
 */
final class PgQueries {
    /** Rows fetched at a time when streaming, so a large answer never sits whole in memory. */
    static final int FETCH_SIZE = 500;
    private static final String BOX = "ST_MakeEnvelope(?, ?, ?, ?, 4326)";

    private PgQueries() {
    }

    /**
     * Streams the JSON of every row of {@code table} matching the query, in date order then by id: with a window
     * that has a start, the dated rows that began before it and run into it, then those that begin inside it; the
     * dated rows otherwise; then, when no window leaves them out, the undated ones by id. Each part is a query whose
     * order an index can give: one ordered by "undated last" must sort every match, and one over "ends on or after
     * the window's start" walks the date index from the first day (0.77 s for a box over a year early in 1,000,000
     * events) where "begins inside the window" is a range of it and "began before it and is still going on" a stab
     * of the dates' range index. The connection must not be in auto-commit (the driver streams only inside a
     * transaction).
     */
    static void select(Connection c, String table, Query q, Consumer<String> sink) throws SQLException {
        select(c, table, q, "", sink);
    }

    /** As {@link #select} on the reports, those of one kind only. */
    static void selectKind(Connection c, Query q, ReportKind kind, Consumer<String> sink) throws SQLException {
        select(c, "reports", q, " AND kind = '" + kind.wireName() + "'", sink);
    }

    private static void select(Connection c, String table, Query q, String extra, Consumer<String> sink)
            throws SQLException {
        int[] sent = {0};
        Cursor after = q.after();
        if (after == null || after.date() != null) {
            if (q.from() != null && (after == null || after.date().isBefore(q.from()))) {
                part(c, table, q, Rows.BEGUN_BEFORE, null, null, extra, sink, sent);
            }
            if (!full(q, sent) && PgDaySlices.answers(q)) {
                PgDaySlices.read(c, table, q, sent, (from, until) -> part(c, table, q, Rows.DATED, from, until,
                        extra, sink, sent));
            } else if (!full(q, sent)) {
                part(c, table, q, Rows.DATED, null, null, extra, sink, sent);
            }
        }
        if (q.from() == null && q.to() == null && !full(q, sent)) {
            part(c, table, q, Rows.UNDATED, null, null, extra, sink, sent);
        }
    }

    private static boolean full(Query q, int[] sent) {
        return q.limit() != null && sent[0] >= q.limit();
    }

    /** The rows one statement reads, in the order they are listed. */
    private enum Rows {
        /** Dated rows that began before the window's start and end on or after it. */
        BEGUN_BEFORE,
        /** Dated rows; with a window that has a start, those that begin on or after it. */
        DATED,
        UNDATED
    }

    /**
     * One statement: the rows of one part, those beginning from {@code sliceFrom} (inclusive) until
     * {@code sliceUntil} (exclusive) when they are given.
     */
    private static void part(Connection c, String table, Query q, Rows rows, LocalDate sliceFrom,
                             LocalDate sliceUntil, String extra, Consumer<String> sink, int[] sent)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT json, ST_Y(place), ST_X(place) FROM " + table + " WHERE "
                + (rows == Rows.UNDATED ? "date_start IS NULL" : "date_start IS NOT NULL") + extra);
        List<Object> params = new ArrayList<>();
        window(sql, params, q, rows);
        slice(sql, params, sliceFrom, sliceUntil, q);
        if (q.subEventType() != null) {
            sql.append(" AND sub_event_type = ?");
            params.add(q.subEventType().label());
        }
        if (q.eventType() != null) {
            sql.append(" AND event_type = ?");
            params.add(q.eventType().label());
        }
        substring(sql, params, "actor_key", q.actor());
        substring(sql, params, "place_key", q.place());
        substring(sql, params, "source_key", q.source());
        grades(table, q, sql, params);
        Near near = q.near();
        spatial(sql, params, q);
        if (rows == Rows.DATED && sliceFrom == null && (near != null || q.bbox() != null)
                && (q.from() != null || q.to() != null)) {
            // the same window again, in the form the (place, dates) GiST index answers (a slice says its own); a
            // missing end is open
            sql.append(" AND daterange(date_start, date_end, '[]') && daterange(?::date, ?::date, '[]')");
            params.add(q.from());
            params.add(q.to());
        }
        KeysetSql.after(sql, params, q.after(), d -> d);
        sql.append(rows == Rows.UNDATED ? " ORDER BY id" : " ORDER BY date_start, id");
        if (q.limit() != null && near == null) {
            sql.append(" LIMIT ").append(q.limit() - sent[0]);
        }
        try (PreparedStatement s = prepare(c, sql.toString(), params)) {
            s.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = s.executeQuery()) {
                while (!full(q, sent) && rs.next()) {
                    if (near != null && !near.contains(rs.getDouble(2), rs.getDouble(3))) {
                        continue;
                    }
                    sink.accept(rs.getString(1));
                    sent[0]++;
                }
            }
        }
    }

    /**
     * The window's condition for one part. Rows that began before the window's start are those whose dates
     * contain that day and start earlier: the stab is what the dates' GiST indexes answer (with the place or
     * alone), the start a filter on the few it finds.
     */
    private static void window(StringBuilder sql, List<Object> params, Query q, Rows rows) {
        if (rows == Rows.UNDATED) {
            return;
        }
        if (rows == Rows.BEGUN_BEFORE) {
            sql.append(" AND daterange(date_start, date_end, '[]') @> ?::date AND date_start < ?");
            params.add(q.from());
            params.add(q.from());
        } else if (q.from() != null) {
            sql.append(" AND date_start >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND date_start <= ?");
            params.add(q.to());
        }
    }

    /**
     * A slice of days, also in the form the dates' GiST indexes answer (what begins in it overlaps it); an open
     * slice ends with the window (an open range there would have the index read every later row in the box).
     */
    private static void slice(StringBuilder sql, List<Object> params, LocalDate from, LocalDate until, Query q) {
        if (from == null) {
            return;
        }
        sql.append(" AND date_start >= ?");
        params.add(from);
        if (until != null) {
            sql.append(" AND date_start < ?");
            params.add(until);
        }
        sql.append(" AND daterange(date_start, date_end, '[]') && daterange(?::date, ?::date, '")
                .append(until != null ? "[)" : "[]").append("')");
        params.add(from);
        params.add(until != null ? until : q.to());
    }

    /** The query's box and the box around its circle (the circle itself is checked in Java). */
    static void spatial(StringBuilder sql, List<Object> params, Query q) {
        Near near = q.near();
        if (near != null) {
            sql.append(" AND place && ").append(BOX);
            addBox(params, near.minLat(), near.maxLat(), near.lon() - near.lonHalfWidth(),
                    near.lon() + near.lonHalfWidth());
        }
        box(sql, params, q.bbox());
    }

    /**
     * Inside the box, edges included (a point's bounding box touching the envelope overlaps it); a box across the
     * antimeridian is two envelopes. Records without a place have no geometry and are left out.
     */
    static void box(StringBuilder sql, List<Object> params, Box b) {
        if (b == null) {
            return;
        }
        if (b.crossesAntimeridian()) {
            sql.append(" AND (place && ").append(BOX).append(" OR place && ").append(BOX).append(")");
            addBox(params, b.minLat(), b.maxLat(), b.minLon(), 180);
            addBox(params, b.minLat(), b.maxLat(), -180, b.maxLon());
        } else {
            sql.append(" AND place && ").append(BOX);
            addBox(params, b.minLat(), b.maxLat(), b.minLon(), b.maxLon());
        }
    }

    private static void grades(String table, Query q, StringBuilder sql, List<Object> params) {
        if (q.gradesEvents() && !table.equals("events")) {
            throw new IllegalArgumentException("--contested, --min-credibility and --reliability select events, "
                    + "not reports");
        }
        if (q.contested()) {
            sql.append(" AND contested");
        }
        if (q.minCredibility() != null) {
            sql.append(" AND credibility <= ?");
            params.add(q.minCredibility());
        }
        if (q.minReliability() != null) {
            sql.append(" AND reliability <= ?");
            params.add(String.valueOf(q.minReliability()));
        }
    }

    private static void substring(StringBuilder sql, List<Object> params, String column, String needle) {
        if (needle != null && !needle.isBlank()) {
            sql.append(" AND strpos(").append(column).append(", ?) > 0");
            params.add(SearchKeys.normalise(needle));
        }
    }

    /** ST_MakeEnvelope's order: west, south, east, north. */
    private static void addBox(List<Object> params, double minLat, double maxLat, double minLon, double maxLon) {
        params.add(minLon);
        params.add(minLat);
        params.add(maxLon);
        params.add(maxLat);
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    static Optional<Syndication> syndication(Connection c, String documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT original_outlet, duplicate_of FROM documents WHERE id = ?")) {
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Syndication(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    static Optional<LocalDate> lastPublished(Connection c, Event e) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(d.published) FROM reports r "
                + "JOIN documents d ON d.id = r.document_id WHERE r.id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", e.reportIds().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1, LocalDate.class)) : Optional.empty();
            }
        }
    }

    /** Events with a report in the block, by id (so the linker sees candidates in the same order every time). */
    static List<String> candidateEvents(Connection c, Block block) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT event_id FROM reports WHERE event_id IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (block.from() != null) {
            sql.append(" AND date_end >= ? AND date_start <= ?");
            params.add(block.from());
            params.add(block.to());
        }
        Block.Box box = block.box();
        if (box != null) {
            sql.append(" AND (place IS NULL OR place && ").append(BOX).append(")");
            addBox(params, box.minLat(), box.maxLat(), box.minLon(), box.maxLon());
        }
        sql.append(" ORDER BY event_id LIMIT ").append(block.limit());
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql.toString(), params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Documents with a band in common with these keys, in commit order. */
    static List<StoredFingerprint> sharingBands(Connection c, long[] keys, int minShared) throws SQLException {
        Integer[] bands = new Integer[keys.length];
        Long[] hashes = new Long[keys.length];
        for (int b = 0; b < keys.length; b++) {
            bands[b] = b;
            hashes[b] = keys[b];
        }
        List<StoredFingerprint> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.fingerprint FROM documents d "
                + "WHERE d.fingerprint IS NOT NULL AND d.id IN (SELECT f.document_id FROM fingerprint_bands f "
                + "JOIN unnest(?::int[], ?::bigint[]) AS k(band, hash) ON f.band = k.band AND f.hash = k.hash "
                + "GROUP BY f.document_id HAVING count(*) >= ?) ORDER BY d.seq")) {
            s.setArray(1, c.createArrayOf("int4", bands));
            s.setArray(2, c.createArrayOf("int8", hashes));
            s.setInt(3, minShared);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredFingerprint(rs.getString(1), rs.getBytes(2)));
                }
            }
        }
        return out;
    }
}
