package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.SearchKeys;

/** Applies a change set's rows on the writer connection, inside the transaction the store opened. */
final class PgWriter {
    /** A place as a PostGIS point from (lon, lat) parameters; NULL when they are (ST_MakePoint is strict). */
    static final String POINT = "ST_SetSRID(ST_MakePoint(?::float8, ?::float8), 4326)";
    private static final String FILTER_COLUMNS = "event_type, sub_event_type, date_start, date_end, place, "
            + "fatalities, actor_key, place_key, source_key";
    private static final String FILTER_VALUES = "?, ?, ?, ?, " + POINT + ", ?, ?, ?, ?";
    private static final String EVENT_COLUMNS = FILTER_COLUMNS + ", json, reliability, credibility, contested, "
            + "independent_sources";
    private static final String EVENT_VALUES = FILTER_VALUES + ", ?, ?, ?, ?, ?";

    private final Connection connection;
    private final SitrepJson json;

    PgWriter(Connection connection, SitrepJson json) {
        this.connection = connection;
        this.json = json;
    }

    /**
     * Writes the change set; false, with nothing written, when its document is already stored (a concurrent
     * writer's insert of the same document waits for that writer and then finds it).
     */
    boolean apply(ChangeSet changes) throws SQLException {
        ChangeSet.NewDocument doc = changes.document();
        if (doc != null) {
            if (!insertDocument(doc)) {
                return false;
            }
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
        return true;
    }

    /** An event absorbed into another: its reports move, its row goes, its id stays as an alias. */
    private void absorb(String oldId, String survivorId) throws SQLException {
        List<String> moving = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM reports WHERE event_id = ?")) {
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
        update("DELETE FROM events WHERE id = ?", oldId);
        update("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", survivorId, oldId);
        update("INSERT INTO event_aliases (old_id, event_id) VALUES (?, ?) "
                + "ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id", oldId, survivorId);
    }

    private void moveReport(String reportId, String eventId) throws SQLException {
        String stored;
        try (PreparedStatement s = connection.prepareStatement("SELECT json FROM reports WHERE id = ?")) {
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
        update("UPDATE reports SET event_id = ?, json = ? WHERE id = ?", eventId, json.writeReport(moved), reportId);
    }

    private boolean insertDocument(ChangeSet.NewDocument doc) throws SQLException {
        DocumentInfo d = doc.info();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO documents (id, path, outlet, published, "
                + "report_count, event_count, json, original_outlet, duplicate_of, fingerprint) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            s.setString(1, d.id());
            s.setString(2, d.path());
            s.setString(3, d.outlet());
            s.setObject(4, d.published(), Types.DATE);
            s.setInt(5, doc.reports().size());
            s.setInt(6, doc.eventCount());
            s.setString(7, json.writeDocument(d));
            s.setString(8, doc.originalOutlet());
            s.setString(9, doc.duplicateOf());
            s.setBytes(10, doc.fingerprint().length == 0 ? null : doc.fingerprint());
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        long[] keys = doc.bandKeys();
        if (keys.length > 0) {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO fingerprint_bands (band, hash, "
                    + "document_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
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
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO document_originals (document_id, bytes) VALUES (?, ?)")) {
                s.setString(1, d.id());
                s.setBytes(2, doc.original());
                s.executeUpdate();
            }
        }
        return true;
    }

    private void insertReport(ReportRecord rec, int ordinal) throws SQLException {
        Report r = rec.report();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO reports (id, document_id, ordinal, kind, "
                + "event_id, " + FILTER_COLUMNS + ", json) VALUES (?, ?, ?, ?, ?, " + FILTER_VALUES + ", ?)")) {
            s.setString(1, r.id());
            s.setString(2, r.documentId());
            s.setInt(3, ordinal);
            s.setString(4, r.kind().wireName());
            s.setString(5, r.eventId());
            Set<String> sources = new LinkedHashSet<>();
            SearchKeys.addSources(sources, r.attribution(), rec.document().outlet());
            int next = bindFilters(s, 6, r.subEventType(), r.date(), r.location(),
                    r.fatalities() == null ? null : r.fatalities().value(),
                    SearchKeys.actors(List.of(r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2())),
                    SearchKeys.join(sources));
            s.setString(next, json.writeReport(rec));
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
        String sql;
        if (w.documentId() == null) {
            sql = "UPDATE events SET (" + EVENT_COLUMNS + ") = (" + EVENT_VALUES + ") WHERE id = ?";
        } else {
            sql = "INSERT INTO events (" + EVENT_COLUMNS + ", id, document_id, ordinal) VALUES (" + EVENT_VALUES
                    + ", ?, ?, ?) ON CONFLICT (id) DO UPDATE SET (" + EVENT_COLUMNS + ", document_id, ordinal) = ("
                    + excluded(EVENT_COLUMNS + ", document_id, ordinal") + ")";
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int at = bindFilters(s, 1, e.subEventType(), e.date(), e.location(), e.fatalities(),
                    SearchKeys.actors(List.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2())),
                    SearchKeys.join(sources));
            s.setString(at, json.writeEvent(e));
            s.setString(at + 1, e.grade() == null ? null : String.valueOf(e.grade().reliability()));
            s.setObject(at + 2, e.grade() == null ? null : e.grade().credibility(), Types.INTEGER);
            s.setBoolean(at + 3, e.contested());
            s.setInt(at + 4, e.tally().independent());
            s.setString(at + 5, e.id());
            if (w.documentId() != null) {
                s.setString(at + 6, w.documentId());
                s.setInt(at + 7, w.ordinal());
            }
            if (s.executeUpdate() == 0) {
                throw new SQLException("event " + e.id() + " to grade again is not stored");
            }
        }
    }

    private static String excluded(String columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns.split(",")) {
            out.add("excluded." + c.strip());
        }
        return String.join(", ", out);
    }

    /** Binds the filter columns (10 parameters: the place is two) from {@code at}; returns the next position. */
    private static int bindFilters(PreparedStatement s, int at, SubEventType type, DateSpan date, Location loc,
                                   Integer fatalities, String actorKey, String sourceKey) throws SQLException {
        s.setString(at, type == null ? null : type.eventType().label());
        s.setString(at + 1, type == null ? null : type.label());
        s.setObject(at + 2, date == null ? null : date.start(), Types.DATE);
        s.setObject(at + 3, date == null ? null : date.end(), Types.DATE);
        boolean placed = loc != null && loc.resolved();
        s.setObject(at + 4, placed ? loc.lon() : null, Types.DOUBLE);
        s.setObject(at + 5, placed ? loc.lat() : null, Types.DOUBLE);
        s.setObject(at + 6, fatalities, Types.INTEGER);
        s.setString(at + 7, actorKey);
        s.setString(at + 8, SearchKeys.place(loc));
        s.setString(at + 9, sourceKey);
        return at + 10;
    }

    private void update(String sql, String... params) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
