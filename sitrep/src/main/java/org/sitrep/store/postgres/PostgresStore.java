package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.DateCount;
import org.sitrep.model.Event;
import org.sitrep.model.EventPoint;
import org.sitrep.store.EventPointRows;
import org.sitrep.store.JdbcTransaction;
import org.sitrep.model.EventTally;
import org.sitrep.model.ReportKind;
import org.sitrep.store.Tallies;
import org.sitrep.store.Block;
import org.sitrep.store.ChangeSet;
import org.sitrep.model.Counts;
import org.sitrep.store.PutResult;
import org.sitrep.store.Removal;
import org.sitrep.model.Query;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredFingerprint;
import org.sitrep.model.Syndication;

/**
 * sitrep's store in a shared PostgreSQL database with PostGIS, for several writers and readers at once (ingests,
 * a server). A change set is committed in one transaction. Writers take turns through one advisory lock on the
 * database ({@link #WRITER_LOCK}): {@link #write} holds it for a recorder's whole link-and-commit step, and
 * every commit takes it for its transaction, so what a writer linked against is still the record when it commits,
 * whichever process wrote last; a writer that dies loses the lock with its session. Readers use connections of
 * their own and never wait (MVCC).
 */
public final class PostgresStore implements Store {
    /** The advisory lock key writers take turns on (any constant; "sitrepWr" in ASCII). */
    static final long WRITER_LOCK = 0x7369_7472_6570_5772L;

    private final SitrepJson json = SitrepJson.standard();
    private final PgUrl url;
    private final Connection writer;
    private final ConcurrentLinkedQueue<Connection> readers = new ConcurrentLinkedQueue<>();
    /** How deeply the current {@link #exclusively} calls nest on the writer connection (guarded by this). */
    private int exclusiveDepth;
    private volatile boolean closed;

    private PostgresStore(PgUrl url, Connection writer) {
        this.url = url;
        this.writer = writer;
    }

    /** Opens the database at a postgresql:// address, creating or migrating sitrep's tables when needed. */
    public static PostgresStore open(String address) {
        return open(address, true);
    }

    /** Opens a database that already holds a sitrep store: one without is an error, not a new empty store. */
    public static PostgresStore openExisting(String address) {
        return open(address, false);
    }

    /** Whether a --db value names a PostgreSQL database rather than a file. */
    public static boolean isAddress(String db) {
        return PgUrl.isPostgres(db);
    }

    private static PostgresStore open(String address, boolean create) {
        return open(address, create, PgMigrations.load(PgMigrations.STANDARD));
    }

    /** Opens with these migrations (a test keeps a database at an older schema with fewer). */
    static PostgresStore open(String address, boolean create, PgMigrations migrations) {
        PgUrl url = PgUrl.parse(address);
        Connection c = null;
        try {
            c = connect(url);
            if (!create && PgMigrations.currentVersion(c, url.toString()) == 0) {
                throw new StoreException(url + ": no sitrep store in this database (run `sitrep ingest --db "
                        + url + "` first)");
            }
            migrations.migrate(c, url.toString());
            return new PostgresStore(url, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(url + ": cannot open as a sitrep database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * A connection planning every statement for its own values: the driver prepares a statement on the server
     * after a few uses, and the server's generic plan for a box and a window cannot tell Syria over a year from a
     * town over a week (it chose the spatial index and sorted 61,000 rows for a first page: 0.75 s instead of 40 ms
     * over 1,000,000 events).
     */
    private static Connection connect(PgUrl url) throws SQLException {
        Connection c = DriverManager.getConnection(url.jdbc(), url.properties());
        try (Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /** The schema version of this database (after migration, the latest this sitrep knows). */
    public synchronized int schemaVersion() {
        try {
            return PgMigrations.currentVersion(writer, url.toString());
        } catch (SQLException e) {
            throw failure("cannot read the schema version", e);
        }
    }

    // ---- writing -----------------------------------------------------------------------------------------

    /**
     * Plans and commits under the writer lock: what the plan reads (on this store's read connections, which see
     * every committed write) is still the record when its change set commits, whichever process writes next.
     */
    @Override
    public PutResult write(Function<Store, ChangeSet> plan) {
        return exclusively(() -> {
            ChangeSet changes = plan.apply(this);
            return changes == null ? PutResult.UNCHANGED : commit(changes);
        });
    }

    /** Runs one writer's step holding the database's writer lock (nested calls share it). */
    public synchronized <T> T exclusively(Supplier<T> step) {
        if (exclusiveDepth == 0) {
            lockCommand("pg_advisory_lock", "cannot become the writer");
        }
        exclusiveDepth++;
        try {
            return step.get();
        } finally {
            exclusiveDepth--;
            if (exclusiveDepth == 0) {
                lockCommand("pg_advisory_unlock", "cannot let other writers go on");
            }
        }
    }

    private void lockCommand(String function, String what) {
        try (Statement s = writer.createStatement()) {
            s.execute("SELECT " + function + "(" + WRITER_LOCK + ")");
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Takes the writer lock for the transaction in hand: granted at once when this session already holds it through
     * {@link #exclusively}.
     */
    private void lockForTransaction() throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
        }
    }

    @Override
    public synchronized PutResult commit(ChangeSet changes) {
        String what = changes.document() == null ? "events were not written"
                : "document " + changes.document().info().id() + " (" + changes.document().info().path()
                + ") was not stored";
        try {
            boolean added = JdbcTransaction.run(writer, () -> {
                lockForTransaction();
                return new PgWriter(writer, json).apply(changes);
            }, applied -> applied);
            return added ? PutResult.ADDED : PutResult.UNCHANGED;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public synchronized int commitAll(List<ChangeSet> changes) {
        try {
            return JdbcTransaction.run(writer, () -> {
                lockForTransaction();
                int added = 0;
                PgWriter w = new PgWriter(writer, json);
                for (ChangeSet c : changes) {
                    added += w.apply(c) ? 1 : 0;
                }
                return added;
            });
        } catch (SQLException e) {
            throw failure(changes.size() + " change sets were not written", e);
        }
    }

    @Override
    public synchronized void remove(Removal removal) {
        String id = removal.documentId();
        try {
            JdbcTransaction.run(writer, () -> {
                lockForTransaction();
                PgRemover remover = new PgRemover(writer, json);
                if (!remover.stored(id)) {
                    throw new StoreException(url + ": no document " + id + " is stored; nothing was removed");
                }
                remover.apply(removal);
                return null;
            });
        } catch (SQLException e) {
            throw failure("document " + id + " was not removed", e);
        }
    }

    @Override
    public boolean contains(String documentId) {
        return !strings("SELECT 1 FROM documents WHERE id = ?", documentId).isEmpty();
    }

    // ---- reading -----------------------------------------------------------------------------------------

    @Override
    public void streamEvents(Query q, Consumer<Event> sink) {
        stream("cannot query events", c -> PgQueries.select(c, "events", q, text -> sink.accept(json.readEvent(text))));
    }

    @Override
    public void streamEventJson(Query q, Consumer<byte[]> sink) {
        stream("cannot query events", c -> PgQueries.select(c, "events", q,
                text -> sink.accept(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Override
    public void streamEventPoints(Consumer<EventPoint> sink) {
        stream("cannot read the events' positions", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, ST_Y(place), ST_X(place), "
                    + "date_start - DATE '1970-01-01', date_end - DATE '1970-01-01', sub_event_type, "
                    + "fatalities, contested, reliability, credibility, json::json #>> '{location,name}' "
                    + "FROM events")) {
                s.setFetchSize(PgQueries.FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(EventPointRows.read(rs));
                    }
                }
            }
        });
    }

    @Override
    public void streamReports(Query q, Consumer<ReportRecord> sink) {
        stream("cannot query reports", c -> PgQueries.select(c, "reports", q,
                text -> sink.accept(json.readReport(text))));
    }

    @Override
    public List<DateCount> eventDates(EventTally tally) {
        if (!PgTallies.answers(tally)) {
            return Tallies.byStreaming(this, tally);
        }
        return read("cannot count events", c -> PgTallies.count(c, tally));
    }

    @Override
    public void streamReports(Query q, ReportKind kind, Consumer<ReportRecord> sink) {
        stream("cannot query reports", c -> PgQueries.selectKind(c, q, kind,
                text -> sink.accept(json.readReport(text))));
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
        return strings("SELECT id FROM documents WHERE ?::text IS NULL ORDER BY seq", null);
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
        return strings("SELECT id FROM reports WHERE event_id = ? ORDER BY document_id, ordinal", eventId);
    }

    @Override
    public Optional<Syndication> syndication(String documentId) {
        return read("cannot read document " + documentId, c -> PgQueries.syndication(c, documentId));
    }

    @Override
    public Optional<byte[]> original(String documentId) {
        return read("cannot read the original of " + documentId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT bytes FROM document_originals WHERE document_id = ?")) {
                s.setString(1, documentId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<StoredFingerprint> fingerprint(String documentId) {
        return read("cannot read the fingerprint of " + documentId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT fingerprint FROM documents WHERE id = ?")) {
                s.setString(1, documentId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getBytes(1) != null
                            ? Optional.of(new StoredFingerprint(documentId, rs.getBytes(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<LocalDate> lastPublished(Event e) {
        return read("cannot read the documents of event " + e.id(), c -> PgQueries.lastPublished(c, e));
    }

    @Override
    public List<String> candidateEvents(Block block) {
        return read("cannot look up events in a block", c -> PgQueries.candidateEvents(c, block));
    }

    @Override
    public List<StoredFingerprint> sharingBands(long[] bandKeys, int minShared) {
        return read("cannot read fingerprints", c -> PgQueries.sharingBands(c, bandKeys, minShared));
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
        return read("cannot read " + (param == null ? "ids" : param), c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, param);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Work done on a read connection of its own. */
    private interface ReadWork<T> {
        T on(Connection c) throws SQLException;
    }

    /** Work streaming rows: in a read-only transaction of its own, so the driver fetches a batch at a time. */
    private interface StreamWork {
        void on(Connection c) throws SQLException;
    }

    private void stream(String what, StreamWork work) {
        read(what, c -> {
            c.setAutoCommit(false);
            try {
                work.on(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    private <T> T read(String what, ReadWork<T> work) {
        if (closed) {
            throw new StoreException(url + ": " + what + ": the store is closed");
        }
        Connection c = readers.poll();
        try {
            if (c == null) {
                c = connect(url);
                c.setReadOnly(true);
            }
            T result = work.on(c);
            readers.offer(c);
            c = null;
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            closeQuietly(c);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(url + ": " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Connection c = readers.poll(); c != null; c = readers.poll()) {
            closeQuietly(c);
        }
        try {
            writer.close();
        } catch (SQLException e) {
            throw failure("cannot close", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // an error is already on its way, or the connection is being thrown away; that is what matters
            }
        }
    }
}
