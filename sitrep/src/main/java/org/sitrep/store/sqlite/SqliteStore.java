package org.sitrep.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import java.util.function.Function;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.DateCount;
import org.sitrep.model.Event;
import org.sitrep.model.EventFacts;
import org.sitrep.model.EventPoint;
import org.sitrep.store.EventPointRows;
import org.sitrep.model.EventTally;
import org.sitrep.model.ReportKind;
import org.sitrep.store.Tallies;
import org.sitrep.store.Block;
import org.sitrep.store.ChangeSet;
import org.sitrep.model.Counts;
import org.sitrep.store.PutResult;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Removal;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredFingerprint;
import org.sitrep.model.Syndication;

/**
 * sitrep's embedded single-file store (SQLite), persistence only. A change set is committed in one transaction
 * (WAL, synchronous=NORMAL): after a crash the file holds each document whole or not at all, and a killed process
 * loses no committed document. Opening a
 * file written by an older sitrep migrates it; a file from a newer sitrep is refused. One writer connection,
 * used under this object's lock; readers take their own connections ({@link SqliteReaders}; WAL lets them read
 * while a write is under way), so a query never waits for an ingest. Several processes may write one file: each
 * write transaction starts with BEGIN IMMEDIATE (SQLite's single write lock, taken before the plan reads), and
 * whoever finds the lock taken waits and tries again ({@link BusyRetry}); so does opening, creating or migrating
 * the file.
 */
public final class SqliteStore implements Store {
    public static final Path DEFAULT_FILE = Path.of("sitrep.db");
    /** How long SQLite itself waits on a lock before {@link BusyRetry} takes over with its pauses. */
    private static final int BUSY_TIMEOUT_MS = 2000;
    /**
     * Page cache per connection (negative: KiB), 32 MiB instead of SQLite's 2 MiB: linking a document reads the
     * stored reports of a few weeks around it, which no longer fit in the default cache once a store holds a few
     * thousand reports, so every look-up went back to the file.
     */
    private static final int CACHE_KIB = -32 * 1024;
    /** How much of the file the writer maps into memory (readers map none: {@link SqliteReaders}). */
    private static final long MMAP_BYTES = 1L << 32;
    private static final String FACTS_OR_RECORD = "coalesce(facts, json)";

    private final SitrepJson json = SitrepJson.standard();
    private final Connection writer;
    /** The writer connection's prepared statements, kept between commits. */
    private final Statements writes;
    /** The writer's copy of the reports near what it recently linked, for the candidate look-up. */
    private final SqliteReportWindow window = new SqliteReportWindow();
    /** The writer's copy of the reports of the events it recently linked against. */
    private final SqliteEventMembers members = new SqliteEventMembers();
    private final String file;
    private final SqliteReaders readers;
    private final SqliteNearAny nearAny;
    private final SqliteCheckpointer checkpointer;
    private final BusyRetry busy;
    /** Whether the file has the reports' R*Tree (schema 4; a test may keep a file at an older schema). */
    private final boolean reportBlocks;
    /** Whether the file has the events' R*Tree (schema 5). */
    private final boolean eventBlocks;
    /**
     * What an event's facts are read from: the compact facts (schema 10), or the record where a row has none, which
     * {@link SitrepJson#readEventFacts(byte[])} tells apart by their first byte; the record alone in an older file.
     */
    private final String facts;
    private volatile boolean closed;
    private final SqliteTransactions transactions;

    private SqliteStore(Connection writer, Path path, BusyRetry busy, boolean reportBlocks, boolean eventBlocks,
                        boolean factsColumn) {
        this.writer = writer;
        this.writes = new Statements(writer);
        this.reportBlocks = reportBlocks;
        this.eventBlocks = eventBlocks;
        this.busy = busy;
        this.file = path.toString();
        this.readers = new SqliteReaders(path, SqliteReaders.DEFAULT_LIMIT);
        this.facts = factsColumn ? FACTS_OR_RECORD : "json";
        this.nearAny = new SqliteNearAny(readers, json, facts, e -> failure("cannot query events", e));
        this.checkpointer = new SqliteCheckpointer(path, SqliteCheckpointer.DEFAULT_LOG_PAGES);
        this.transactions = new SqliteTransactions(this, writer, writes, json, window, members, checkpointer, busy,
                file);
    }

    public static SqliteStore open(Path file) {
        return open(file, Migrations.load(Migrations.STANDARD));
    }

    static SqliteStore open(Path file, Migrations migrations) {
        return open(file, migrations, new BusyRetry(BusyRetry.DEFAULT_PATIENCE));
    }

    static SqliteStore open(Path file, Migrations migrations, BusyRetry busy) {
        String name = file.toString();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException(name + ": folder " + parent + " does not exist");
        }
        try {
            // several processes may create or migrate the same new file at once: whoever finds it locked waits
            return busy.run(name, "cannot open", () -> connect(file, migrations, busy));
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot open as a sitrep database: " + e.getMessage(), e);
        }
    }

    private static SqliteStore connect(Path file, Migrations migrations, BusyRetry busy) throws SQLException {
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), WriterSettings.driver());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                // NORMAL with WAL: a commit is in the log (the operating system has it) before commit() returns, so a
                // killed process never loses a committed document and a file is never left with half of one; the
                // log is synced at checkpoints, not at every commit, so a power cut may lose the last commits whole
                s.execute("PRAGMA synchronous = NORMAL");
                // checkpoints run on a thread of their own (SqliteCheckpointer), not inside a commit
                s.execute("PRAGMA wal_autocheckpoint = 0");
                s.execute("PRAGMA cache_size = " + CACHE_KIB);
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA mmap_size = " + MMAP_BYTES);
            }
            migrations.migrate(c, file.toString());
            try (Statements st = new Statements(c); Statement s = c.createStatement()) {
                // after migrating, whose index builds sort on disk: commits spilled statement journals to temp files
                s.execute("PRAGMA temp_store = MEMORY");
                return new SqliteStore(c, file, busy, SqliteQueries.hasTable(c, "report_blocks"),
                        SqliteQueries.hasTable(c, "event_blocks"), st.hasColumn("events", "facts"));
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The schema version of this file (after migration, the latest this sitrep knows). */
    public synchronized int schemaVersion() {
        try {
            return Migrations.currentVersion(writer, file);
        } catch (SQLException e) {
            throw failure("cannot read the schema version", e);
        }
    }

    // ---- writing -----------------------------------------------------------------------------------------

    @Override
    public synchronized PutResult commit(ChangeSet changes) {
        return write(latest -> changes);
    }

    @Override
    public synchronized PutResult write(Function<Store, ChangeSet> plan) {
        return transactions.write(plan);
    }

    @Override
    public synchronized List<PutResult> writeAll(List<Function<Store, ChangeSet>> plans) {
        return transactions.writeAll(plans);
    }

    @Override
    public synchronized int commitAll(List<ChangeSet> changes) {
        return transactions.commitAll(changes);
    }

    @Override
    public synchronized void remove(Removal removal) {
        transactions.remove(removal);
    }

    /** The background checkpointer, for tests. */
    SqliteCheckpointer checkpointer() {
        return checkpointer;
    }

    @Override
    public boolean contains(String documentId) {
        return readKept("cannot read document " + documentId, st -> {
            PreparedStatement s = st.get("SELECT 1 FROM documents WHERE id = ?");
            s.setString(1, documentId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    // ---- reading -----------------------------------------------------------------------------------------

    @Override
    public void streamEvents(Query q, Consumer<Event> sink) {
        read("cannot query events", c -> {
            SqliteQueries.select(c, "events", q, eventBlocks, text -> sink.accept(json.readEvent(text)));
            return null;
        });
    }

    @Override
    public void streamEventFacts(Query q, Consumer<EventFacts> sink) {
        read("cannot query events", c -> {
            // the facts are read from their compact form (or the stored record's bytes, its other members passed
            // over unread): SQLite's JSON functions parsed the record once per member taken
            SqliteQueries.selectRows(c, "events", q, eventBlocks, facts,
                    SqliteQueries.bytes(bytes -> sink.accept(json.readEventFacts(bytes))));
            return null;
        });
    }

    @Override
    public void streamEventFactsNearAny(Query q, List<Near> areas, Set<SubEventType> types,
                                        Consumer<EventFacts> sink) {
        nearAny.stream(q, areas, types, !transactions.planning(),
                work -> read("cannot query events", work::on), sink);
    }

    @Override
    public void streamEventJson(Query q, Consumer<byte[]> sink) {
        read("cannot query events", c -> {
            SqliteQueries.selectRows(c, "events", q, eventBlocks, "json", SqliteQueries.bytes(sink));
            return null;
        });
    }

    @Override
    public void streamEventPoints(Consumer<EventPoint> sink) {
        read("cannot read the events' positions", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, lat, lon, "
                    + "CAST(julianday(date_start) - 2440587.5 AS INTEGER), CAST(julianday(date_end) - 2440587.5 AS "
                    + "INTEGER), sub_event_type, fatalities, contested, reliability, credibility, "
                    + "json_extract(json, '$.location.name') FROM events")) {
                while (rs.next()) {
                    sink.accept(EventPointRows.read(rs));
                }
            }
            return null;
        });
    }

    @Override
    public void streamReports(Query q, Consumer<ReportRecord> sink) {
        read("cannot query reports", c -> {
            SqliteQueries.select(c, "reports", q, false, text -> sink.accept(json.readReport(text)));
            return null;
        });
    }

    @Override
    public List<DateCount> eventDates(EventTally tally) {
        List<DateCount> counted = read("cannot count events", c -> SqliteTallies.answers(c, tally)
                ? SqliteTallies.count(c, tally) : null);
        return counted != null ? counted : Tallies.byStreaming(this, tally);
    }

    @Override
    public void streamReports(Query q, ReportKind kind, Consumer<ReportRecord> sink) {
        read("cannot query reports", c -> {
            SqliteQueries.selectKind(c, q, kind, text -> sink.accept(json.readReport(text)));
            return null;
        });
    }

    @Override
    public Optional<Event> event(String id) {
        Optional<String> found = byId("events", id);
        if (found.isEmpty()) {
            found = strings("SELECT event_id FROM event_aliases WHERE old_id = ?", id).stream().findFirst()
                    .flatMap(target -> byId("events", target));
        }
        return found.map(json::readEvent);
    }

    @Override
    public Optional<ReportRecord> report(String id) {
        return byId("reports", id).map(json::readReport);
    }

    @Override
    public Optional<DocumentInfo> document(String id) {
        return byId("documents", id).map(json::readDocument);
    }

    @Override
    public List<String> documentIds() {
        return strings("SELECT id FROM documents WHERE ? IS NULL ORDER BY rowid", null);
    }

    @Override
    public List<ReportRecord> reportsOf(String documentId) {
        return strings("SELECT json FROM reports WHERE document_id = ? ORDER BY ordinal", documentId).stream()
                .map(json::readReport).toList();
    }

    @Override
    public List<ReportRecord> reportsOfEvent(String eventId) {
        return strings("SELECT json FROM reports WHERE event_id = ? ORDER BY document_id, ordinal", eventId)
                .stream().map(json::readReport).toList();
    }

    @Override
    public List<String> reportIdsOfEvent(String eventId) {
        if (transactions.planning()) {
            return reportIdsOfEvents(List.of(eventId)).get(eventId);
        }
        return strings("SELECT id FROM reports WHERE event_id = ? ORDER BY document_id, ordinal", eventId);
    }

    @Override
    public Map<String, List<String>> reportIdsOfEvents(Collection<String> eventIds) {
        return readKept("cannot read the reports of events", st -> st == writes
                // inside a write plan the writer's copy of the events' members serves
                ? members.reportIdsOf(st, eventIds) : SqliteBatchReads.reportIdsOfEvents(st, eventIds));
    }

    @Override
    public Map<String, ReportRecord> reportsById(Collection<String> reportIds) {
        return readKept("cannot read reports", c -> {
            Map<String, ReportRecord> out = new LinkedHashMap<>();
            SqliteBatchReads.jsonById(c, "reports", reportIds, (id, text) -> out.put(id, json.readReport(text)));
            return out;
        });
    }

    @Override
    public Map<String, String> evidenceTexts(Collection<String> reportIds) {
        return readKept("cannot read reports", st -> SqliteBatchReads.evidenceTexts(st, reportIds));
    }

    @Override
    public Optional<Syndication> syndication(String documentId) {
        return readKept("cannot read document " + documentId, st -> SqliteQueries.syndication(st, documentId));
    }

    @Override
    public Optional<byte[]> original(String documentId) {
        return readKept("cannot read the original of " + documentId, st -> SqliteQueries.original(st, documentId));
    }

    @Override
    public Optional<StoredFingerprint> fingerprint(String documentId) {
        return readKept("cannot read the fingerprint of " + documentId,
                st -> SqliteQueries.fingerprint(st, documentId));
    }

    @Override
    public Optional<LocalDate> lastPublished(Event e) {
        return read("cannot read the documents of event " + e.id(), c -> SqliteQueries.lastPublished(c, e));
    }

    @Override
    public List<String> candidateEvents(Block block) {
        return candidateEvents(List.of(block)).get(0);
    }

    @Override
    public List<List<String>> candidateEvents(List<Block> blocks) {
        return readKept("cannot look up events in a block", st -> {
            if (reportBlocks) {
                // inside a write plan the writer's copy of nearby reports serves, else the R*Tree
                return SqliteCandidates.lookup(st, blocks, st == writes ? window : null);
            }
            List<List<String>> out = new ArrayList<>();
            for (Block b : blocks) {
                out.add(SqliteQueries.candidateEventsScan(st.connection(), b));
            }
            return out;
        });
    }

    @Override
    public List<StoredFingerprint> sharingBands(long[] bandKeys, int minShared) {
        return readKept("cannot read fingerprints", st -> SqliteQueries.sharingBands(st, bandKeys, minShared));
    }

    @Override
    public Counts counts() {
        return read("cannot count records", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM "
                    + "documents), (SELECT count(*) FROM reports), (SELECT count(*) FROM events)")) {
                rs.next();
                return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    private Optional<String> byId(String table, String id) {
        return strings("SELECT json FROM " + table + " WHERE id = ?", id).stream().findFirst();
    }

    /** The first column of every row a one-parameter query returns. */
    private List<String> strings(String sql, String param) {
        return readKept("cannot read " + (param == null ? "ids" : param), st -> {
            List<String> out = new ArrayList<>();
            PreparedStatement s = st.get(sql);
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Work done on a read connection of its own. */
    private interface ReadWork<T> {
        T on(Connection c) throws SQLException;
    }

    /** Work done with prepared statements: the writer's kept ones inside a write plan, else a read connection's. */
    private interface KeptWork<T> {
        T on(Statements s) throws SQLException;
    }

    private <T> T readKept(String what, KeptWork<T> work) {
        return read(what, c -> {
            if (c == writer) {
                return work.on(writes);
            }
            try (Statements st = new Statements(c)) {
                return work.on(st);
            }
        });
    }

    private <T> T read(String what, ReadWork<T> work) {
        if (closed) {
            throw new StoreException(file + ": " + what + ": the store is closed");
        }
        if (transactions.planning()) {
            // a write plan reads inside the write transaction: the latest state, which nobody else can change now
            try {
                return work.on(writer);
            } catch (SQLException e) {
                throw failure(what, e);
            }
        }
        try {
            return readers.read(work::on);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(file + ": " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        closed = true;
        readers.close();
        checkpointer.close();
        try (writer) {
            writes.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    private static void closeQuietly(Connection c) {
        SqliteReaders.closeQuietly(c);
    }
}
