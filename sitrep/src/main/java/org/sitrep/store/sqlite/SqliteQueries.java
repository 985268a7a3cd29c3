package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.store.SearchKeys;
import org.sitrep.model.Box;
import org.sitrep.model.Event;
import org.sitrep.store.Block;
import org.sitrep.store.KeysetSql;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.model.ReportKind;
import org.sitrep.store.StoredFingerprint;
import org.sitrep.model.Syndication;

/** The store's read queries, each on the read connection it is given. */
final class SqliteQueries {
    private SqliteQueries() {
    }

    /**
     * Streams the JSON of every row of {@code table} matching the query, in date order then by id: the dated rows
     * (an index walk in that order), then, when no window leaves them out, the undated ones by id. Events in a box
     * or near a place are read through the events' R*Tree when the file has it ({@link SqliteEventBlocks}).
     */
    static void select(Connection c, String table, Query q, boolean eventBlocks, Consumer<String> sink)
            throws SQLException {
        select(c, table, q, eventBlocks, "json", sink);
    }

    /** As {@link #select}, streaming the text of {@code column} (an SQL expression over the row) instead. */
    static void select(Connection c, String table, Query q, boolean eventBlocks, String column,
                       Consumer<String> sink) throws SQLException {
        selectRows(c, table, q, eventBlocks, column, text(sink));
    }

    /** What a query does with the first column of each row it selects. */
    interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    /** The first column as text. */
    static RowSink text(Consumer<String> sink) {
        return rs -> sink.accept(rs.getString(1));
    }

    /**
     * The first column as the bytes SQLite holds, UTF-8 for text: what an answer passing stored JSON through writes,
     * without decoding it into a string and encoding it again.
     */
    static RowSink bytes(Consumer<byte[]> sink) {
        return rs -> sink.accept(rs.getBytes(1));
    }

    /** As {@link #select}, handing each row to {@code sink}, which reads its first column. */
    static void selectRows(Connection c, String table, Query q, boolean eventBlocks, String column, RowSink sink)
            throws SQLException {
        int[] sent = {0};
        boolean inUndated = q.after() != null && q.after().date() == null;
        if (!inUndated) {
            if (eventBlocks && table.equals("events") && SqliteEventBlocks.answers(q)) {
                SqliteEventBlocks.select(c, q, column, sink, sent);
            } else {
                plain(c, table, q, true, column, "", sink, sent);
            }
        }
        if (q.from() == null && q.to() == null && (q.limit() == null || sent[0] < q.limit())) {
            plain(c, table, q, false, column, "", sink, sent);
        }
    }

    /**
     * As {@link #select} on the reports, those of one kind only (the kind written out, so that SQLite uses the
     * partial indexes of count observations, schema 7, and of status observations, schema 8).
     */
    static void selectKind(Connection c, Query q, ReportKind kind, Consumer<String> sink) throws SQLException {
        int[] sent = {0};
        String only = " AND kind = '" + kind.wireName() + "'";
        if (q.after() == null || q.after().date() != null) {
            plain(c, "reports", q, true, "json", only, text(sink), sent);
        }
        if (q.from() == null && q.to() == null && (q.limit() == null || sent[0] < q.limit())) {
            plain(c, "reports", q, false, "json", only, text(sink), sent);
        }
    }

    /** The dated or the undated rows matching the query, in its order; {@code sent} counts rows sent so far. */
    static void plain(Connection c, String table, Query q, boolean dated, String column, String extra,
                              RowSink sink, int[] sent) throws SQLException {
        List<Object> params = new ArrayList<>();
        // dated rows as a range ("date_start >= ''", every stored date being text), not "IS NOT NULL": with no other
        // filter SQLite planned the latter as a scan of the whole table and a sort (1.5 s for the first page of
        // 1,000,000 events), the range as a walk of the date index in order (15 ms)
        StringBuilder sql = new StringBuilder("SELECT " + column + ", lat, lon FROM " + table + " WHERE "
                + (dated ? "date_start >= ''" : "date_start IS NULL") + extra);
        conditions(table, q, sql, params);
        KeysetSql.after(sql, params, q.after(), LocalDate::toString);
        sql.append(dated ? " ORDER BY date_start, id" : " ORDER BY id");
        Near near = q.near();
        if (q.limit() != null && near == null) {
            sql.append(" LIMIT ").append(q.limit() - sent[0]);
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while ((q.limit() == null || sent[0] < q.limit()) && rs.next()) {
                    if (near != null && !near.contains(rs.getDouble(2), rs.getDouble(3))) {
                        continue;
                    }
                    sink.accept(rs);
                    sent[0]++;
                }
            }
        }
    }

    /** Appends every filter of the query but its cursor (" AND ..." each) and their parameters. */
    static void conditions(String table, Query q, StringBuilder sql, List<Object> params) {
        window(q, sql, params);
        types(q, sql, params);
        substring(sql, params, "actor_key", q.actor());
        substring(sql, params, "place_key", q.place());
        substring(sql, params, "source_key", q.source());
        grades(table, q, sql, params);
        aroundNear(q.near(), sql, params);
        box(sql, params, q.bbox());
    }

    /** Records whose dates overlap the query's window. */
    static void window(Query q, StringBuilder sql, List<Object> params) {
        if (q.from() != null) {
            sql.append(" AND date_end >= ?");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND date_start <= ?");
            params.add(q.to().toString());
        }
    }

    /** The query's event type and sub-event type, by label. */
    static void types(Query q, StringBuilder sql, List<Object> params) {
        if (q.subEventType() != null) {
            sql.append(" AND sub_event_type = ?");
            params.add(q.subEventType().label());
        }
        if (q.eventType() != null) {
            sql.append(" AND event_type = ?");
            params.add(q.eventType().label());
        }
    }

    /**
     * Inside the box around a circle and, for circles up to {@link #FLAT_KM} km, inside a flat ellipse a little
     * wider than the circle; the caller checks the circle itself on each row's position. The ellipse leaves out the
     * box's corners in SQL, before a row's columns are read or built: a road's corridor is read as many small
     * circles, whose boxes' corners held whole cities. It is a superset of the circle: east-west degrees are scaled
     * by the cosine at the box's latitude nearest a pole (shorter than at any point in it), and the radius widened
     * by 1% and half a kilometre, far more than the flat formula's error at that size.
     */
    static void aroundNear(Near near, StringBuilder sql, List<Object> params) {
        if (near != null) {
            sql.append(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
            params.add(near.minLat());
            params.add(near.maxLat());
            params.add(near.lon() - near.lonHalfWidth());
            params.add(near.lon() + near.lonHalfWidth());
            if (near.km() <= FLAT_KM && near.lonHalfWidth() < 90) {
                double cos = Math.cos(Math.toRadians(Math.max(Math.abs(near.minLat()), Math.abs(near.maxLat()))));
                double degrees = (near.km() * 1.01 + 0.5) / Near.KM_PER_DEGREE;
                sql.append(" AND (lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) * ? <= ?");
                params.add(near.lat());
                params.add(near.lat());
                params.add(near.lon());
                params.add(near.lon());
                params.add(cos * cos);
                params.add(degrees * degrees);
            }
        }
    }

    /** Circles up to this radius are also bounded by a flat ellipse in SQL (see {@link #aroundNear}). */
    static final double FLAT_KM = 300;

    /** Inside the box; NULL coordinates never compare true, so records without a place are left out. */
    static void box(StringBuilder sql, List<Object> params, Box b) {
        if (b == null) {
            return;
        }
        sql.append(" AND lat BETWEEN ? AND ?");
        params.add(b.minLat());
        params.add(b.maxLat());
        sql.append(b.crossesAntimeridian() ? " AND (lon >= ? OR lon <= ?)" : " AND lon BETWEEN ? AND ?");
        params.add(b.minLon());
        params.add(b.maxLon());
    }

    private static void grades(String table, Query q, StringBuilder sql, List<Object> params) {
        if (q.gradesEvents() && !table.equals("events")) {
            throw new IllegalArgumentException("--contested, --min-credibility and --reliability select events, "
                    + "not reports");
        }
        if (q.contested()) {
            sql.append(" AND contested = 1");
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

    static void substring(StringBuilder sql, List<Object> params, String column, String needle) {
        if (needle != null && !needle.isBlank()) {
            sql.append(" AND instr(").append(column).append(", ?) > 0");
            params.add(SearchKeys.normalise(needle));
        }
    }

    static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Optional<Syndication> syndication(Statements st, String documentId) throws SQLException {
        PreparedStatement s = st.get("SELECT original_outlet, duplicate_of FROM documents WHERE id = ?");
        s.setString(1, documentId);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(new Syndication(rs.getString(1), rs.getString(2))) : Optional.empty();
        }
    }

    /** The bytes a document was read from, when the store has them (schema 3). */
    static Optional<byte[]> original(Statements st, String documentId) throws SQLException {
        PreparedStatement s = st.get("SELECT bytes FROM document_originals WHERE document_id = ?");
        s.setString(1, documentId);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
        }
    }

    static Optional<StoredFingerprint> fingerprint(Statements st, String documentId) throws SQLException {
        PreparedStatement s = st.get("SELECT fingerprint FROM documents WHERE id = ?");
        s.setString(1, documentId);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() && rs.getBytes(1) != null
                    ? Optional.of(new StoredFingerprint(documentId, rs.getBytes(1))) : Optional.empty();
        }
    }

    static Optional<LocalDate> lastPublished(Connection c, Event e) throws SQLException {
        LocalDate best = null;
        try (PreparedStatement s = c.prepareStatement("SELECT max(d.published) FROM reports r "
                + "JOIN documents d ON d.id = r.document_id WHERE r.id = ?")) {
            for (String id : e.reportIds()) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    String v = rs.next() ? rs.getString(1) : null;
                    if (v != null && (best == null || LocalDate.parse(v).isAfter(best))) {
                        best = LocalDate.parse(v);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The events with a report in the block, by a plain query (for an undated block, and as the reference for
     * {@link SqliteCandidates}): without a box in event id order (the reports' event index), with a box in the
     * order SQLite's plan reads them (unplaced reports first, then by position).
     */
    static List<String> candidateEventsScan(Connection c, Block block) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT event_id FROM reports WHERE event_id IS NOT NULL");
        List<Object> params = new ArrayList<>();
        if (block.from() != null) {
            sql.append(" AND date_end >= ? AND date_start <= ?");
            params.add(block.from().toString());
            params.add(block.to().toString());
        }
        Block.Box box = block.box();
        if (box != null) {
            sql.append(" AND (lat IS NULL OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))");
            params.add(box.minLat());
            params.add(box.maxLat());
            params.add(box.minLon());
            params.add(box.maxLon());
        }
        if (box == null) {
            sql.append(" ORDER BY event_id");
        }
        sql.append(" LIMIT ").append(block.limit());
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    static List<StoredFingerprint> sharingBands(Statements st, long[] keys, int minShared) throws SQLException {
        // bands counted per document from the band index alone: only those sharing enough are read back. All
        // bands in one statement (SQLite searches the primary key once per OR term): a row matches one term only,
        // its band's, so every document is counted as with one query per band, for a 32nd of the statements
        Map<String, Integer> shared = new HashMap<>();
        if (keys.length > 0) {
            PreparedStatement bands = st.get("SELECT document_id FROM fingerprint_bands WHERE "
                    + String.join(" OR ", Collections.nCopies(keys.length, "(band = ? AND hash = ?)")));
            for (int b = 0; b < keys.length; b++) {
                bands.setInt(2 * b + 1, b);
                bands.setLong(2 * b + 2, keys[b]);
            }
            try (ResultSet rs = bands.executeQuery()) {
                while (rs.next()) {
                    shared.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        List<String> candidates = new ArrayList<>();
        shared.forEach((id, n) -> {
            if (n >= minShared) {
                candidates.add(id);
            }
        });
        record Row(long order, StoredFingerprint fingerprint) {
        }
        List<Row> rows = new ArrayList<>();
        PreparedStatement s = st.get("SELECT rowid, fingerprint FROM documents WHERE id = ?");
        for (String id : candidates) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getBytes(2) != null) {
                    rows.add(new Row(rs.getLong(1), new StoredFingerprint(id, rs.getBytes(2))));
                }
            }
        }
        rows.sort((a, b) -> Long.compare(a.order(), b.order()));
        return rows.stream().map(Row::fingerprint).toList();
    }
}
