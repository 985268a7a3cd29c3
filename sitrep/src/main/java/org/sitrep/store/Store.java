package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.json.DocumentInfo;
import org.sitrep.json.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.link.DocumentFacts;
import org.sitrep.link.EventCluster;
import org.sitrep.link.EventMerger;
import org.sitrep.link.LinkChanges;
import org.sitrep.link.Linker;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.link.assess.syndication.Fingerprint;
import org.sitrep.link.assess.syndication.NearDuplicateIndex;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Processed;
import org.sitrep.model.Report;
import org.sitrep.model.Section;
import org.sitrep.model.SubEventType;

/**
 * sitrep's embedded single-file store (SQLite). A document is committed with all its reports and events in one
 * transaction, durably (WAL, synchronous=FULL): after a crash the file holds each document whole or not at all.
 * Opening a file written by an older sitrep migrates it; a file from a newer sitrep is refused.
 * One connection, used under this object's lock.
 */
public final class Store implements AutoCloseable {
    public static final Path DEFAULT_FILE = Path.of("sitrep.db");

    private final SitrepJson json = SitrepJson.standard();
    private final Connection connection;
    private final String file;
    private final Linker linker = Linker.standard();
    private final EventMerger merger = new EventMerger();
    private final EventAssessor assessor;

    private Store(Connection connection, String file, EventAssessor assessor) {
        this.connection = connection;
        this.file = file;
        this.assessor = assessor;
    }

    public static Store open(Path file) {
        return open(file, EventAssessor.standard());
    }

    /** A store whose events are graded by this assessor (e.g. one configured with source reliabilities). */
    public static Store open(Path file, EventAssessor assessor) {
        return open(file, Migrations.load(Migrations.STANDARD), assessor);
    }

    static Store open(Path file, Migrations migrations) {
        return open(file, migrations, EventAssessor.standard());
    }

    static Store open(Path file, Migrations migrations, EventAssessor assessor) {
        String name = file.toString();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new StoreException(name + ": folder " + parent + " does not exist");
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                // FULL: a commit is on disk before put() returns, so kill -9 never loses a committed document
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            migrations.migrate(c, name);
            return new Store(c, name, assessor);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(name + ": cannot open as a sitrep database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The schema version of this file (after migration, the latest this sitrep knows). */
    public synchronized int schemaVersion() {
        try {
            return Migrations.currentVersion(connection, file);
        } catch (SQLException e) {
            throw failure("cannot read the schema version", e);
        }
    }

    // ---- writing -----------------------------------------------------------------------------------------

    /**
     * Commits a document with its reports in one transaction, linking its event reports into the stored events
     * (creating, growing or merging them) and re-assessing every event it touches in the same transaction.
     * A document already stored (same id) is left as it is. The per-document events in {@code p} are not used:
     * the store links across documents.
     */
    public synchronized PutResult put(Processed p) {
        DocumentInfo doc = DocumentInfo.of(p.document());
        for (Report r : p.reports()) {
            if (!r.documentId().equals(doc.id())) {
                throw new IllegalArgumentException("report " + r.id() + " belongs to document " + r.documentId()
                        + ", not " + doc.id());
            }
        }
        try {
            connection.setAutoCommit(false);
            try {
                if (exists("documents", doc.id())) {
                    connection.rollback();
                    return PutResult.UNCHANGED;
                }
                write(p, doc);
                connection.commit();
                return PutResult.ADDED;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("document " + doc.id() + " (" + doc.path() + ") was not stored", e);
        } catch (StoredEvents.StoreLinkException e) {
            throw new StoreException(file + ": document " + doc.id() + " (" + doc.path() + ") was not stored: "
                    + e.getMessage() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void write(Processed p, DocumentInfo doc) throws SQLException {
        StoredEvents index = new StoredEvents(connection, json);
        List<Report> fresh = new ArrayList<>(p.reports().size());
        for (Report r : p.reports()) {
            fresh.add(r.eventId() == null ? r : r.withEventId(null));
        }
        LinkChanges changes = linker.link(fresh, index);
        Set<String> eventsHere = new LinkedHashSet<>();
        for (Report r : changes.linkedReports()) {
            if (r.eventId() != null) {
                eventsHere.add(r.eventId());
            }
        }
        Fingerprint fingerprint = Fingerprint.of(bodyText(p.document()));
        String duplicateOf = nearDuplicate(fingerprint).orElse(null);
        insertDocument(doc, changes.linkedReports().size(), eventsHere.size(), p.originalOutlet(), duplicateOf,
                fingerprint);
        for (int i = 0; i < changes.linkedReports().size(); i++) {
            insertReport(new ReportRecord(changes.linkedReports().get(i), doc), i);
        }
        for (Map.Entry<String, String> m : changes.mergedInto().entrySet()) {
            absorb(m.getKey(), m.getValue());
        }
        DocumentFacts current = new DocumentFacts(doc.id(), doc.outlet(), doc.published(), p.originalOutlet(),
                duplicateOf);
        int ordinal = 0;
        for (EventCluster cluster : changes.touched()) {
            for (Report r : cluster.reports()) {
                ReportRecord stored = index.stored(r.id());
                if (stored != null && !cluster.eventId().equals(stored.report().eventId())) {
                    moveReport(stored, cluster.eventId());
                }
            }
            Map<String, DocumentFacts> facts = index.documents(cluster.reports(), current);
            Event e = assessor.assess(merger.merge(cluster, facts), cluster.reports(), facts);
            upsertEvent(e, ordinal++, doc, cluster.reports(), facts);
        }
    }

    /** An event absorbed into another: its reports move, its row goes, its id stays as an alias. */
    private void absorb(String oldId, String survivorId) throws SQLException {
        List<ReportRecord> moving = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT json FROM reports WHERE event_id = ?")) {
            s.setString(1, oldId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    moving.add(json.readReport(rs.getString(1)));
                }
            }
        }
        for (ReportRecord rec : moving) {
            moveReport(rec, survivorId);
        }
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM events WHERE id = ?")) {
            s.setString(1, oldId);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("UPDATE event_aliases SET event_id = ? "
                + "WHERE event_id = ?")) {
            s.setString(1, survivorId);
            s.setString(2, oldId);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO event_aliases (old_id, event_id) "
                + "VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id")) {
            s.setString(1, oldId);
            s.setString(2, survivorId);
            s.executeUpdate();
        }
    }

    private void moveReport(ReportRecord rec, String eventId) throws SQLException {
        ReportRecord moved = new ReportRecord(rec.report().withEventId(eventId), rec.document());
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE reports SET event_id = ?, json = ? WHERE id = ?")) {
            s.setString(1, eventId);
            s.setString(2, json.writeReport(moved));
            s.setString(3, rec.report().id());
            s.executeUpdate();
        }
    }

    /** The text a copy would share: body and quoted sections, without menus, comments or boilerplate. */
    private static String bodyText(Document d) {
        StringBuilder b = new StringBuilder();
        for (Section section : d.sections()) {
            if (section.kind().yieldsReports()) {
                b.append(d.text(), section.span().start(), section.span().end()).append('\n');
            }
        }
        return b.toString();
    }

    /** The earliest stored document whose text this one nearly repeats (a repost, shared wire copy). */
    private Optional<String> nearDuplicate(Fingerprint fingerprint) throws SQLException {
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        long[] keys = NearDuplicateIndex.bandKeys(fingerprint);
        Set<String> candidates = new LinkedHashSet<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT document_id FROM fingerprint_bands WHERE band = ? AND hash = ?")) {
            for (int b = 0; b < keys.length; b++) {
                s.setInt(1, b);
                s.setLong(2, keys[b]);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getString(1));
                    }
                }
            }
        }
        String best = null;
        long bestRow = Long.MAX_VALUE;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT rowid, fingerprint FROM documents WHERE id = ?")) {
            for (String id : candidates) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getLong(1) < bestRow && rs.getBytes(2) != null
                            && Fingerprint.fromBytes(rs.getBytes(2)).jaccard(fingerprint)
                            >= NearDuplicateIndex.COPY_THRESHOLD) {
                        best = id;
                        bestRow = rs.getLong(1);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private void insertDocument(DocumentInfo d, int reports, int events, String originalOutlet, String duplicateOf,
                                Fingerprint fingerprint) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO documents (id, path, outlet, published, "
                + "report_count, event_count, json, original_outlet, duplicate_of, fingerprint) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, d.id());
            s.setString(2, d.path());
            s.setString(3, d.outlet());
            s.setString(4, d.published() == null ? null : d.published().toString());
            s.setInt(5, reports);
            s.setInt(6, events);
            s.setString(7, json.writeDocument(d));
            s.setString(8, originalOutlet);
            s.setString(9, duplicateOf);
            if (fingerprint.isEmpty()) {
                s.setNull(10, Types.BLOB);
            } else {
                s.setBytes(10, fingerprint.toBytes());
            }
            s.executeUpdate();
        }
        if (!fingerprint.isEmpty()) {
            long[] keys = NearDuplicateIndex.bandKeys(fingerprint);
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT OR IGNORE INTO fingerprint_bands (band, hash, document_id) VALUES (?, ?, ?)")) {
                for (int b = 0; b < keys.length; b++) {
                    s.setInt(1, b);
                    s.setLong(2, keys[b]);
                    s.setString(3, d.id());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private void insertReport(ReportRecord rec, int ordinal) throws SQLException {
        Report r = rec.report();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO reports (id, document_id, ordinal, kind, "
                + "event_id, event_type, sub_event_type, date_start, date_end, lat, lon, fatalities, actor_key, "
                + "place_key, source_key, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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

    private void upsertEvent(Event e, int ordinal, DocumentInfo doc, List<Report> reports,
                             Map<String, DocumentFacts> facts) throws SQLException {
        Set<String> sources = new LinkedHashSet<>();
        for (String s : e.sources()) {
            sources.add(SearchKeys.normalise(s));
        }
        for (Report r : reports) {
            DocumentFacts d = facts.get(r.documentId());
            SearchKeys.addSources(sources, r.attribution(), d == null ? null : d.outlet());
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO events (id, document_id, ordinal, "
                + "event_type, sub_event_type, date_start, date_end, lat, lon, fatalities, actor_key, place_key, "
                + "source_key, json, reliability, credibility, contested, independent_sources) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                + "document_id = excluded.document_id, ordinal = excluded.ordinal, event_type = excluded.event_type, "
                + "sub_event_type = excluded.sub_event_type, date_start = excluded.date_start, "
                + "date_end = excluded.date_end, lat = excluded.lat, lon = excluded.lon, "
                + "fatalities = excluded.fatalities, actor_key = excluded.actor_key, place_key = excluded.place_key, "
                + "source_key = excluded.source_key, json = excluded.json, reliability = excluded.reliability, "
                + "credibility = excluded.credibility, contested = excluded.contested, "
                + "independent_sources = excluded.independent_sources")) {
            s.setString(1, e.id());
            s.setString(2, doc.id());
            s.setInt(3, ordinal);
            bindFilters(s, 4, e.subEventType(), e.date(), e.location(), e.fatalities(),
                    SearchKeys.actors(List.of(e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2())),
                    SearchKeys.join(sources));
            s.setString(14, json.writeEvent(e));
            if (e.grade() == null) {
                s.setNull(15, Types.VARCHAR);
                s.setNull(16, Types.INTEGER);
            } else {
                s.setString(15, String.valueOf(e.grade().reliability()));
                s.setInt(16, e.grade().credibility());
            }
            s.setInt(17, e.contested() ? 1 : 0);
            s.setInt(18, e.tally().independent());
            s.executeUpdate();
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

    // ---- reading -----------------------------------------------------------------------------------------

    public synchronized List<Event> events(Query q) {
        return select("events", q, json::readEvent);
    }

    public synchronized List<ReportRecord> reports(Query q) {
        return select("reports", q, json::readReport);
    }

    /** An event by its id, or by the id of an event it absorbed. */
    public synchronized Optional<Event> event(String id) {
        Optional<String> found = byId("events", id);
        if (found.isEmpty()) {
            found = aliasOf(id).flatMap(target -> byId("events", target));
        }
        return found.map(json::readEvent);
    }

    private Optional<String> aliasOf(String id) {
        try (PreparedStatement s = connection.prepareStatement("SELECT event_id FROM event_aliases WHERE old_id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read the aliases of " + id, e);
        }
    }

    public synchronized Optional<ReportRecord> report(String id) {
        return byId("reports", id).map(json::readReport);
    }

    public synchronized Optional<DocumentInfo> document(String id) {
        return byId("documents", id).map(json::readDocument);
    }

    /**
     * Grades every stored event again with this assessor (e.g. after new source reliabilities), in one
     * transaction, without linking anything anew. Returns the number of events graded; on a failure nothing
     * changes.
     */
    public synchronized int regrade(EventAssessor newAssessor) {
        try {
            connection.setAutoCommit(false);
            try {
                List<String> ids = new ArrayList<>();
                try (Statement s = connection.createStatement();
                     ResultSet rs = s.executeQuery("SELECT id FROM events ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                StoredEvents index = new StoredEvents(connection, json);
                for (String id : ids) {
                    EventCluster cluster = index.cluster(id);
                    Event stored = byId("events", id).map(json::readEvent).orElseThrow();
                    LastWriter writer = writerOf(id);
                    Map<String, DocumentFacts> facts = index.documents(cluster.reports());
                    Event graded = newAssessor.assess(stored, cluster.reports(), facts);
                    upsertEvent(graded, writer.ordinal(), documentInfo(writer.documentId()), cluster.reports(), facts);
                }
                connection.commit();
                return ids.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("events were not graded again", e);
        }
    }

    /** The document that last wrote an event, and the event's ordinal there. */
    private record LastWriter(String documentId, int ordinal) {
    }

    private LastWriter writerOf(String eventId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT document_id, ordinal FROM events WHERE id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new LastWriter(rs.getString(1), rs.getInt(2));
            }
        }
    }

    private DocumentInfo documentInfo(String documentId) {
        return byId("documents", documentId).map(json::readDocument).orElseThrow(() ->
                new StoreException(file + ": event refers to missing document " + documentId));
    }

    /** Whether a stored document copies another (empty when the document is not stored). */
    public synchronized Optional<Syndication> syndication(String documentId) {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT original_outlet, duplicate_of FROM documents WHERE id = ?")) {
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Syndication(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read document " + documentId, e);
        }
    }

    /** A document's reports in the order they were committed. */
    public synchronized List<ReportRecord> reportsOf(String documentId) {
        List<ReportRecord> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT json FROM reports WHERE document_id = ? ORDER BY ordinal")) {
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(json.readReport(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw failure("cannot read the reports of " + documentId, e);
        }
        return out;
    }

    /** The latest publication date among the documents whose reports an event rests on, when any is known. */
    public synchronized Optional<LocalDate> lastPublished(Event e) {
        LocalDate best = null;
        try (PreparedStatement s = connection.prepareStatement("SELECT max(d.published) FROM reports r "
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
        } catch (SQLException ex) {
            throw failure("cannot read the documents of event " + e.id(), ex);
        }
        return Optional.ofNullable(best);
    }

    public synchronized Counts counts() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                + "(SELECT count(*) FROM documents), (SELECT count(*) FROM reports), (SELECT count(*) FROM events)")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        } catch (SQLException e) {
            throw failure("cannot count records", e);
        }
    }

    private boolean exists(String table, String id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Optional<String> byId(String table, String id) {
        try (PreparedStatement s = connection.prepareStatement("SELECT json FROM " + table + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read " + id, e);
        }
    }

    private <T> List<T> select(String table, Query q, Function<String, T> decode) {
        StringBuilder sql = new StringBuilder("SELECT json, lat, lon FROM " + table + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" AND date_end >= ?");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND date_start <= ?");
            params.add(q.to().toString());
        }
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
        Near near = q.near();
        if (near != null) {
            sql.append(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
            params.add(near.minLat());
            params.add(near.maxLat());
            params.add(near.lon() - near.lonHalfWidth());
            params.add(near.lon() + near.lonHalfWidth());
        }
        sql.append(" ORDER BY date_start IS NULL, date_start, id");
        if (q.limit() != null && near == null) {
            sql.append(" LIMIT ").append(q.limit());
        }
        List<T> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && (q.limit() == null || out.size() < q.limit())) {
                    if (near != null && !near.contains(rs.getDouble(2), rs.getDouble(3))) {
                        continue;
                    }
                    out.add(decode.apply(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw failure("cannot query " + table, e);
        }
        return out;
    }

    private static void substring(StringBuilder sql, List<Object> params, String column, String needle) {
        if (needle != null && !needle.isBlank()) {
            sql.append(" AND instr(").append(column).append(", ?) > 0");
            params.add(SearchKeys.normalise(needle));
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(file + ": " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the open already failed; that error is the one to report
            }
        }
    }
}
