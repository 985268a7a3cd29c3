package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.SearchKeys;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ChangeSet;

/**
 * Applies change sets' rows on the writer connection, inside the transaction the store opened. Each statement is
 * prepared once per writer (preparing an insert compiles its indexes' and triggers' code too: a third of a bulk
 * load's time when every row prepared its own); close the writer when the transaction ends.
 */
final class SqliteWriter implements AutoCloseable {
    private final Connection connection;
    private final SitrepJson json;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    SqliteWriter(Connection connection, SitrepJson json) {
        this.connection = connection;
        this.json = json;
    }

    void apply(ChangeSet changes) throws SQLException {
        ChangeSet.NewDocument doc = changes.document();
        if (doc != null) {
            insertDocument(doc);
            for (int i = 0; i < doc.reports().size(); i++) {
                insertReport(new ReportRecord(doc.reports().get(i), doc.info()), i);
            }
        }
        for (Map.Entry<String, String> m : changes.absorbed().entrySet()) {
            absorb(m.getKey(), m.getValue());
        }
        for (ChangeSet.ReportMove move : changes.moves()) {
            moveReport(move.reportId(), move.eventId());
        }
        for (ChangeSet.EventWrite e : changes.events()) {
            writeEvent(e);
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            statements.put(sql, s);
        }
        return s;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement s : statements.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }

    boolean exists(String table, String id) throws SQLException {
        {
            PreparedStatement s = statement("SELECT 1 FROM " + table + " WHERE id = ?");
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** An event absorbed into another: its reports move, its row goes, its id stays as an alias. */
    private void absorb(String oldId, String survivorId) throws SQLException {
        List<String> moving = new ArrayList<>();
        {
            PreparedStatement s = statement("SELECT id FROM reports WHERE event_id = ?");
            s.setString(1, oldId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    moving.add(rs.getString(1));
                }
            }
        }
        for (String id : moving) {
            moveReport(id, survivorId);
        }
        {
            PreparedStatement s = statement("DELETE FROM events WHERE id = ?");
            s.setString(1, oldId);
            s.executeUpdate();
        }
        {
            PreparedStatement s = statement("UPDATE event_aliases SET event_id = ? "
                + "WHERE event_id = ?");
            s.setString(1, survivorId);
            s.setString(2, oldId);
            s.executeUpdate();
        }
        {
            PreparedStatement s = statement("INSERT INTO event_aliases (old_id, event_id) "
                + "VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id");
            s.setString(1, oldId);
            s.setString(2, survivorId);
            s.executeUpdate();
        }
    }

    private void moveReport(String reportId, String eventId) throws SQLException {
        String stored;
        {
            PreparedStatement s = statement("SELECT json FROM reports WHERE id = ?");
            s.setString(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("report " + reportId + " to move is not stored");
                }
                stored = rs.getString(1);
            }
        }
        ReportRecord rec = json.readReport(stored);
        ReportRecord moved = new ReportRecord(rec.report().withEventId(eventId), rec.document());
        {
            PreparedStatement s = statement(
                "UPDATE reports SET event_id = ?, json = ? WHERE id = ?");
            s.setString(1, eventId);
            s.setString(2, json.writeReport(moved));
            s.setString(3, reportId);
            s.executeUpdate();
        }
    }

    private void insertDocument(ChangeSet.NewDocument doc) throws SQLException {
        DocumentInfo d = doc.info();
        {
            PreparedStatement s = statement("INSERT INTO documents (id, path, outlet, published, "
                + "report_count, event_count, json, original_outlet, duplicate_of, fingerprint) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            s.setString(1, d.id());
            s.setString(2, d.path());
            s.setString(3, d.outlet());
            s.setString(4, d.published() == null ? null : d.published().toString());
            s.setInt(5, doc.reports().size());
            s.setInt(6, doc.eventCount());
            s.setString(7, json.writeDocument(d));
            s.setString(8, doc.originalOutlet());
            s.setString(9, doc.duplicateOf());
            if (doc.fingerprint().length == 0) {
                s.setNull(10, Types.BLOB);
            } else {
                s.setBytes(10, doc.fingerprint());
            }
            s.executeUpdate();
        }
        long[] keys = doc.bandKeys();
        if (keys.length > 0) {
            {
            PreparedStatement s = statement(
                    "INSERT OR IGNORE INTO fingerprint_bands (band, hash, document_id) VALUES (?, ?, ?)");
                for (int b = 0; b < keys.length; b++) {
                    s.setInt(1, b);
                    s.setLong(2, keys[b]);
                    s.setString(3, d.id());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (doc.original() != null) {
            {
            PreparedStatement s = statement(
                    "INSERT INTO document_originals (document_id, bytes) VALUES (?, ?)");
                s.setString(1, d.id());
                s.setBytes(2, doc.original());
                s.executeUpdate();
            }
        }
    }

    private void insertReport(ReportRecord rec, int ordinal) throws SQLException {
        Report r = rec.report();
        {
            PreparedStatement s = statement("INSERT INTO reports (id, document_id, ordinal, kind, "
                + "event_id, event_type, sub_event_type, date_start, date_end, lat, lon, fatalities, actor_key, "
                + "place_key, source_key, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            s.setString(1, r.id());
            s.setString(2, r.documentId());
            s.setInt(3, ordinal);
            s.setString(4, r.kind().wireName());
            s.setString(5, r.eventId());
            Set<String> sources = new LinkedHashSet<>();
            SearchKeys.addSources(sources, r.attribution(), rec.document().outlet());
            bindFilters(s, 6, r.subEventType(), r.date(), r.location(),
                    r.fatalities() == null ? null : r.fatalities().value(),
                    SearchKeys.actors(List.of(r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2())),
                    SearchKeys.join(sources));
            s.setString(16, json.writeReport(rec));
            s.executeUpdate();
        }
    }

    private void writeEvent(ChangeSet.EventWrite w) throws SQLException {
        Event e = w.event();
        Set<String> sources = new LinkedHashSet<>();
        for (String s : e.sources()) {
            sources.add(SearchKeys.normalise(s));
        }
        for (String s : w.sources()) {
            sources.add(SearchKeys.normalise(s));
        }
        String columns = "event_type, sub_event_type, date_start, date_end, lat, lon, fatalities, actor_key, "
                + "place_key, source_key, json, reliability, credibility, contested, independent_sources";
        String sql;
        if (w.documentId() == null) {
            sql = "UPDATE events SET (" + columns + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?";
        } else {
            sql = "INSERT INTO events (" + columns + ", id, document_id, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET (" + columns
                    + ", document_id, ordinal) = (excluded.event_type, excluded.sub_event_type, "
                    + "excluded.date_start, excluded.date_end, excluded.lat, excluded.lon, excluded.fatalities, "
                    + "excluded.actor_key, excluded.place_key, excluded.source_key, excluded.json, "
                    + "excluded.reliability, excluded.credibility, excluded.contested, "
                    + "excluded.independent_sources, excluded.document_id, excluded.ordinal)";
        }
        {
            PreparedStatement s = statement(sql);
            bindFilters(s, 1, e.subEventType(), e.date(), e.location(), e.fatalities(),
                    SearchKeys.actors(List.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2())),
                    SearchKeys.join(sources));
            s.setString(11, json.writeEvent(e));
            if (e.grade() == null) {
                s.setNull(12, Types.VARCHAR);
                s.setNull(13, Types.INTEGER);
            } else {
                s.setString(12, String.valueOf(e.grade().reliability()));
                s.setInt(13, e.grade().credibility());
            }
            s.setInt(14, e.contested() ? 1 : 0);
            s.setInt(15, e.tally().independent());
            s.setString(16, e.id());
            if (w.documentId() != null) {
                s.setString(17, w.documentId());
                s.setInt(18, w.ordinal());
            }
            if (s.executeUpdate() == 0) {
                throw new SQLException("event " + e.id() + " to grade again is not stored");
            }
        }
    }

    /** Binds event_type .. source_key (10 columns) from position {@code at}. */
    private static void bindFilters(PreparedStatement s, int at, SubEventType type, DateSpan date, Location loc,
                                    Integer fatalities, String actorKey, String sourceKey) throws SQLException {
        s.setString(at, type == null ? null : type.eventType().label());
        s.setString(at + 1, type == null ? null : type.label());
        s.setString(at + 2, date == null ? null : date.start().toString());
        s.setString(at + 3, date == null ? null : date.end().toString());
        if (loc != null && loc.resolved()) {
            s.setDouble(at + 4, loc.lat());
            s.setDouble(at + 5, loc.lon());
        } else {
            s.setNull(at + 4, Types.REAL);
            s.setNull(at + 5, Types.REAL);
        }
        if (fatalities == null) {
            s.setNull(at + 6, Types.INTEGER);
        } else {
            s.setInt(at + 6, fatalities);
        }
        s.setString(at + 7, actorKey);
        s.setString(at + 8, SearchKeys.place(loc));
        s.setString(at + 9, sourceKey);
    }
}
