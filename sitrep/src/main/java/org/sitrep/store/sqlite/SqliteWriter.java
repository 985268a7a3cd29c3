package org.sitrep.store.sqlite;

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
import java.util.TreeSet;
import org.sitrep.store.SearchKeys;
import org.sitrep.model.ActorRef;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.EventFactsBytes;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Location;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ChangeSet;

/** Applies a change set's rows on the writer connection, inside the transaction the store opened. */
final class SqliteWriter {
    /**
     * The event upsert (0-1) and update (2-3) for a file without the facet columns and with them (a file with the
     * facts too has its rows written by {@link EventRowWrite}).
     */
    private static final String[] EVENT_SQL = {eventSql(false, 0), eventSql(false, 1), eventSql(true, 0),
            eventSql(true, 1)};
    private final Statements statements;
    private final SitrepJson json;
    /**
     * The event each report moved to within the change set being applied: a report of an absorbed event moves with
     * it and then comes again among the moves (the recorder saw it under its old event), and rewriting the row a
     * second time with the same event changed nothing but cost a read, a parse and a write of its JSON.
     */
    private final Map<String, String> moved = new HashMap<>();

    SqliteWriter(Statements statements, SitrepJson json) {
        this.statements = statements;
        this.json = json;
    }

    void apply(ChangeSet changes) throws SQLException {
        applyRecords(changes);
        for (ChangeSet.EventWrite e : changes.events()) {
            writeEvent(e);
        }
    }

    /** A change set's new document, absorbed events and moved reports: all of it but its events' rows. */
    void applyRecords(ChangeSet changes) throws SQLException {
        moved.clear();
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
    }

    boolean exists(String table, String id) throws SQLException {
        PreparedStatement s = statements.get("SELECT 1 FROM " + table + " WHERE id = ?");
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next();
        }
    }

    /** An event absorbed into another: its reports move, its row goes, its id stays as an alias. */
    private void absorb(String oldId, String survivorId) throws SQLException {
        List<String> moving = new ArrayList<>();
        PreparedStatement select = statements.get("SELECT id FROM reports WHERE event_id = ?");
        select.setString(1, oldId);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                moving.add(rs.getString(1));
            }
        }
        for (String id : moving) {
            moveReport(id, survivorId);
        }
        update("DELETE FROM events WHERE id = ?", oldId);
        update("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", survivorId, oldId);
        update("INSERT INTO event_aliases (old_id, event_id) VALUES (?, ?) ON CONFLICT (old_id) "
                + "DO UPDATE SET event_id = excluded.event_id", oldId, survivorId);
    }

    private void update(String sql, String... params) throws SQLException {
        PreparedStatement s = statements.get(sql);
        for (int i = 0; i < params.length; i++) {
            s.setString(i + 1, params[i]);
        }
        s.executeUpdate();
    }

    private void moveReport(String reportId, String eventId) throws SQLException {
        if (eventId.equals(moved.get(reportId))) {
            return;
        }
        String stored;
        PreparedStatement select = statements.get("SELECT json FROM reports WHERE id = ?");
        select.setString(1, reportId);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("report " + reportId + " to move is not stored");
            }
            stored = rs.getString(1);
        }
        ReportRecord rec = json.readReport(stored);
        ReportRecord rewritten = new ReportRecord(rec.report().withEventId(eventId), rec.document());
        update("UPDATE reports SET event_id = ?, json = ? WHERE id = ?", eventId, json.writeReport(rewritten),
                reportId);
        moved.put(reportId, eventId);
    }

    private void insertDocument(ChangeSet.NewDocument doc) throws SQLException {
        DocumentInfo d = doc.info();
        PreparedStatement s = statements.get("INSERT INTO documents (id, path, outlet, published, report_count, "
                + "event_count, json, original_outlet, duplicate_of, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
        long[] keys = doc.bandKeys();
        if (keys.length > 0) {
            PreparedStatement bands = statements.get(
                    "INSERT OR IGNORE INTO fingerprint_bands (band, hash, document_id) VALUES (?, ?, ?)");
            for (int b = 0; b < keys.length; b++) {
                bands.setInt(1, b);
                bands.setLong(2, keys[b]);
                bands.setString(3, d.id());
                bands.addBatch();
            }
            bands.executeBatch();
        }
        if (doc.original() != null) {
            PreparedStatement original = statements.get(
                    "INSERT INTO document_originals (document_id, bytes) VALUES (?, ?)");
            original.setString(1, d.id());
            original.setBytes(2, doc.original());
            original.executeUpdate();
        }
    }

    private void insertReport(ReportRecord rec, int ordinal) throws SQLException {
        Report r = rec.report();
        PreparedStatement s = statements.get("INSERT INTO reports (id, document_id, ordinal, kind, event_id, "
                + "event_type, sub_event_type, date_start, date_end, lat, lon, fatalities, actor_key, place_key, "
                + "source_key, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))");
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
        // the JSON as UTF-8 bytes cast to text where the file's text is UTF-8: the same text, without a string of
        // it for the driver to encode again (as long as writing it took for a record naming a non-Latin-1 place)
        if (statements.utf8()) {
            s.setBytes(16, json.writeReportUtf8(rec));
        } else {
            s.setString(16, json.writeReport(rec));
        }
        s.executeUpdate();
    }

    /** An event's row, inserted or, when stored, replaced whole. */
    void writeEvent(ChangeSet.EventWrite w) throws SQLException {
        Event e = w.event();
        Set<String> sources = new LinkedHashSet<>();
        for (String s : e.sources()) {
            sources.add(SearchKeys.normalise(s));
        }
        for (String s : w.sources()) {
            sources.add(SearchKeys.normalise(s));
        }
        // schema 9: the facets' actor ids and place id, written here so the triggers need not parse the JSON;
        // schema 10: the facts an analysis reads, in their compact form (writeRow)
        boolean facets = statements.hasColumn("events", "actor_ids");
        boolean facts = facets && statements.hasColumn("events", "facts");
        if (facts) {
            writeRow(w, SearchKeys.join(sources));
            return;
        }
        PreparedStatement s = statements.get(EVENT_SQL[(w.documentId() == null ? 2 : 0) + (facets ? 1 : 0)]);
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
        int at = 16;
        if (facets) {
            s.setString(at++, actorIds(e));
            s.setString(at++, e.location() == null ? null : e.location().gazetteerId());
        }
        s.setString(at++, e.id());
        if (w.documentId() != null) {
            s.setString(at++, w.documentId());
            s.setInt(at, w.ordinal());
        }
        if (s.executeUpdate() == 0) {
            throw new SQLException("event " + e.id() + " to grade again is not stored");
        }
    }

    /** An event's row in the latest schema (the facts column): the same values, bound by {@link EventRowWrite}. */
    private void writeRow(ChangeSet.EventWrite w, String sourceKey) throws SQLException {
        Event e = w.event();
        SubEventType type = e.subEventType();
        DateSpan date = e.date();
        Location loc = e.location();
        boolean placed = loc != null && loc.resolved();
        String actorKey = SearchKeys.actors(List.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2()));
        EventRowWrite row = new EventRowWrite()
                .set("event_type", type == null ? null : type.eventType().label())
                .set("sub_event_type", type == null ? null : type.label())
                .set("date_start", date == null ? null : date.start().toString())
                .set("date_end", date == null ? null : date.end().toString())
                .set("lat", placed ? (Double) loc.lat() : null)
                .set("lon", placed ? (Double) loc.lon() : null)
                .set("fatalities", e.fatalities())
                .set("actor_key", actorKey)
                .set("place_key", SearchKeys.place(loc))
                .set("source_key", sourceKey)
                .set("json", statements.utf8() ? json.writeEventUtf8(e) : json.writeEvent(e)) // as a report's
                .set("reliability", e.grade() == null ? null : String.valueOf(e.grade().reliability()))
                .set("credibility", e.grade() == null ? null : (Integer) e.grade().credibility())
                .set("contested", e.contested() ? 1 : 0)
                .set("independent_sources", e.tally().independent())
                .set("actor_ids", actorIds(e))
                .set("place_id", loc == null ? null : loc.gazetteerId())
                .set("facts", EventFactsBytes.write(EventFacts.of(e)));
        if (!row.write(statements, e.id(), w.documentId(), w.ordinal())) {
            throw new SQLException("event " + e.id() + " to grade again is not stored");
        }
    }

    /**
     * An event's UPDATE (a regrade of a stored event) or upsert, with the facet columns (schema 1: from version 9)
     * when the file has them.
     */
    private static String eventSql(boolean update, int schema) {
        String columns = "event_type, sub_event_type, date_start, date_end, lat, lon, fatalities, actor_key, "
                + "place_key, source_key, json, reliability, credibility, contested, independent_sources"
                + (schema >= 1 ? ", actor_ids, place_id" : "");
        String values = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (schema >= 1 ? ", ?, ?" : "");
        if (update) {
            return "UPDATE events SET (" + columns + ") = (" + values + ") WHERE id = ?";
        }
        StringBuilder excluded = new StringBuilder();
        for (String c : (columns + ", document_id, ordinal").split(", ")) {
            excluded.append(excluded.length() == 0 ? "" : ", ").append("excluded.").append(c);
        }
        return "INSERT INTO events (" + columns + ", id, document_id, ordinal) VALUES (" + values + ", ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET (" + columns + ", document_id, ordinal) = (" + excluded + ")";
    }

    /**
     * The distinct actor ids of every role, one per line between newlines ("" for none), as the facets keep them
     * (schema 7 read them from the JSON in the same form; their order does not matter to a match).
     */
    static String actorIds(Event e) {
        Set<String> ids = new TreeSet<>();
        for (List<ActorRef> role : List.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2())) {
            for (ActorRef a : role) {
                if (a.id() != null) {
                    ids.add(a.id());
                }
            }
        }
        return ids.isEmpty() ? "" : "\n" + String.join("\n", ids) + "\n";
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
