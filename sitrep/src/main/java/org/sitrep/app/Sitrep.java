package org.sitrep.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.analyse.ChangeAnalysis;
import org.sitrep.analyse.ClaimAnalysis;
import org.sitrep.analyse.ControlAnalysis;
import org.sitrep.analyse.SeriesAnalysis;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.Claim;
import org.sitrep.model.analysis.ClaimVerdict;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesFilter;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.PlaceRef;
import org.sitrep.model.analysis.Route;
import org.sitrep.analyse.RouteAnalysis;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.analyse.Routes;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Counts;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.EventPoint;
import org.sitrep.model.Query;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Syndication;
import org.sitrep.record.Recorder;
import org.sitrep.store.Removal;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The front door: an open store with the use cases that work on it (ingest, reprocess, regrade; queries through
 * {@link #store()}). Adapters (the command line, a server) call this and format what it answers; they never
 * name a store implementation, the recorder or the pipeline's stages.
 */
public final class Sitrep implements AutoCloseable {
    /** The store file used when none is named. */
    public static final String DEFAULT_DB = SqliteStore.DEFAULT_FILE.toString();

    /** The largest document sitrep reads, in bytes. */
    public static final long MAX_DOCUMENT_BYTES = DocumentReader.MAX_BYTES;

    /** Days a route answer spans when only one end is given. */
    private static final int DEFAULT_DAYS = 31;
    private final Store store;

    private Sitrep(Store store) {
        this.store = store;
    }

    /**
     * Waits until the engine's background loads (the learned type model) have ended. A program that ends with
     * {@link System#exit} calls this first: ONNX Runtime closes its environment as the JVM shuts down, and a load
     * still creating a session in it then crashes the process (a main method that simply returns waits by itself).
     */
    public static void awaitBackgroundLoads() {
        Engine.awaitBackgroundLoads();
    }

    /** Opens (creating or migrating when needed) the store in this file. */
    public static Sitrep open(Path db) {
        return new Sitrep(SqliteStore.open(db));
    }

    /**
     * Opens (creating or migrating when needed) the store a --db value names: a PostgreSQL database when it is a
     * {@code postgresql://user@host:port/dbname} address, else a store file.
     */
    public static Sitrep open(String db) {
        return new Sitrep(PostgresStore.isAddress(db) ? PostgresStore.open(db) : SqliteStore.open(Path.of(db)));
    }

    /** As {@link #open(String)}, for a store that must exist already: a missing one is an error, not a new one. */
    public static Sitrep openExisting(String db) {
        if (PostgresStore.isAddress(db)) {
            return new Sitrep(PostgresStore.openExisting(db));
        }
        return open(existingFile(db));
    }

    /** The store file a --db value names, when it exists. */
    private static Path existingFile(String db) {
        Path file = Path.of(db);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such store (run `sitrep ingest` first, or pass --db)");
        }
        return file;
    }

    /** Opens a store file that must already exist: a missing file is an error, not a new empty store. */
    public static Sitrep openExisting(Path db) {
        return openExisting(db.toString());
    }

    /** Over a store already open (another implementation, or a test's). Closing this closes it. */
    public static Sitrep over(Store store) {
        return new Sitrep(store);
    }

    /** The store itself, for the application's own use cases and tests; adapters use the queries below. */
    public Store store() {
        return store;
    }

    /** Reads, processes and records files and folders (searched recursively) with the standard engine. */
    public IngestSummary ingest(List<Path> inputs, Grading grading, IngestListener listener) {
        return ingest(Engine.standard(), grading.assessor(), inputs, listener);
    }

    /**
     * As {@link #ingest(List, Grading, IngestListener)}, passing over documents published before {@code since}
     * (null: none); feeds, archives and dumps among the inputs give each of their documents.
     */
    public IngestSummary ingest(List<Path> inputs, Grading grading, LocalDate since, IngestListener listener) {
        return new Ingest(Engine.standard(), store, new Recorder(store, grading.assessor())).since(since)
                .run(inputs, listener);
    }

    /**
     * A watcher of {@code dir} that ingests each file arriving there (see {@link Watcher}) into this store, once its
     * size has stayed the same for {@code settle}; the folder is scanned every {@code poll} besides.
     */
    public Watcher watcher(Path dir, Grading grading, LocalDate since, Duration settle, Duration poll) {
        return new Watcher(dir, new Ingest(Engine.standard(), store, new Recorder(store, grading.assessor()))
                .since(since), settle, poll, true);
    }

    /**
     * Processes and records one document given as bytes (standard input, an upload) with the standard engine;
     * {@code name} stands for it in messages and as its stored path.
     */
    public IngestSummary ingest(String name, byte[] bytes, Grading grading, IngestListener listener) {
        return new Ingest(Engine.standard(), store, new Recorder(store, grading.assessor())).one(name, bytes, listener);
    }

    /** The routes the analysis knows (roads of the gazetteer with the sides that depend on them). */
    public static List<Route> routes() {
        return Routes.standard().all();
    }

    /** A route by id, name or alias ("khanasser", "Khanasser highway", "M5"); empty when none is known. */
    public static Optional<Route> route(String idOrName) {
        return Routes.standard().find(idOrName);
    }

    /**
     * Each day's status of a route from {@code from} to {@code to} (both included), from the stored record; when
     * either is null, the days its stored status observations span (or a month of them) fill it in. A route no
     * one knows is an {@link IllegalArgumentException} naming it.
     */
    public List<RouteDay> routeDays(String route, LocalDate from, LocalDate to) {
        Route r = route(route).orElseThrow(() -> new IllegalArgumentException("no route known as '" + route
                + "' (see `sitrep routes`)"));
        RouteAnalysis analysis = RouteAnalysis.over(store);
        if (from == null || to == null) {
            LocalDate[] span = analysis.evidenceSpan(r).orElseThrow(() -> new IllegalArgumentException(
                    "no status observation of " + r.name() + " is stored; give --from and --to"));
            from = from != null ? from : to != null ? to.minusDays(DEFAULT_DAYS - 1) : span[0];
            to = to != null ? to : from.plusDays(Math.max(0, Math.min(DEFAULT_DAYS - 1,
                    java.time.temporal.ChronoUnit.DAYS.between(from, span[1]))));
        }
        return analysis.days(r, from, to);
    }

    /**
     * Who held a place (gazetteer id or name) from {@code from} to {@code to}, both included, one interval per run
     * of days with the same answer; a missing end is a month from the other. A place no one knows, or no day at
     * all, is an {@link IllegalArgumentException} saying so.
     */
    public List<ControlInterval> control(String place, LocalDate from, LocalDate to) {
        ControlAnalysis analysis = ControlAnalysis.over(store);
        PlaceRef p = analysis.place(place).orElseThrow(() -> new IllegalArgumentException("no place known as '"
                + place + "'"));
        if (from == null && to == null) {
            throw new IllegalArgumentException("give --from, --to or --at");
        }
        LocalDate a = from != null ? from : to.minusDays(DEFAULT_DAYS - 1);
        LocalDate b = to != null ? to : from.plusDays(DEFAULT_DAYS - 1);
        return analysis.intervals(p, a, b);
    }

    /** A series of stored events (and count observations, when asked) per bucket; see {@link SeriesAnalysis}. */
    public Series series(SeriesFilter filter) {
        return SeriesAnalysis.over(store).series(filter);
    }

    /** Where a series' rate changed (PELT on a Poisson rate), with rates, probability and kind. */
    public List<ChangePoint> changes(Series series) {
        return ChangeAnalysis.standard().changes(series);
    }

    /** Tests a claimed lead-lag pattern on the stored record; see {@link ClaimAnalysis}. */
    public ClaimVerdict testClaim(Claim claim) {
        return ClaimAnalysis.over(store).test(claim);
    }

    /** Reads, processes and records files and folders (searched recursively), one document at a time. */
    public IngestSummary ingest(Engine engine, EventAssessor assessor, List<Path> inputs, IngestListener listener) {
        return new Ingest(engine, store, new Recorder(store, assessor)).run(inputs, listener);
    }

    /** Grades every stored event again, in one commit; returns how many were graded. */
    public int regrade(Grading grading) {
        return regrade(grading.assessor());
    }

    /** Grades every stored event again with this assessor, in one commit; returns how many were graded. */
    public int regrade(EventAssessor assessor) {
        return new Recorder(store, assessor).regrade();
    }

    /** Writes an export to {@code w}; returns how many records were written. */
    public int export(Export export, Writer w) throws IOException {
        return export.write(store, w, note -> { });
    }

    /** As {@link #export(Export, Writer)}, saying on {@code notices} what was left out and why. */
    public int export(Export export, Writer w, Consumer<String> notices) throws IOException {
        return export.write(store, w, notices);
    }

    /**
     * Writes the whole store as Parquet tables ({@code documents/}, {@code reports/}, {@code events/}, partitioned
     * by month) into a new folder, which appears only once all three are complete; returns the rows written.
     */
    public TablesWritten exportTables(Path dir) throws IOException {
        org.sitrep.export.ParquetExporter.Written w = new org.sitrep.export.ParquetExporter().write(store, dir);
        return new TablesWritten(w.documents(), w.reports(), w.events());
    }

    /**
     * Loads Parquet tables as {@link #exportTables} (or the batch job) writes them into this store, one
     * transaction per document; documents already stored are unchanged.
     */
    public ImportSummary importTables(Path dir, IngestListener listener) throws IOException {
        return new TableImport(store).run(dir, listener);
    }

    /**
     * Writes events already read (a page of {@link #events(Query)}) in an export format, so a page and what is
     * written of it are the same records; returns how many were written.
     */
    public int export(ExportFormat format, List<Event> events, Writer w) throws IOException {
        return Export.writeEvents(format, events, store, w, note -> { });
    }

    // ---- queries ------------------------------------------------------------------------------------------

    /** Events matching a query, in date order (undated last), then by id. */
    public List<Event> events(Query q) {
        return store.events(q);
    }

    /** As {@link #events(Query)}, one at a time, without holding them all in memory. */
    public void streamEvents(Query q, Consumer<Event> sink) {
        store.streamEvents(q, sink);
    }

    /** What a map needs of every stored event, read from the store's columns; see {@link EventPoint}. */
    public void streamEventPoints(Consumer<EventPoint> sink) {
        store.streamEventPoints(sink);
    }

    /**
     * As {@link #events(Query)}, each event as its stored JSON text (the JSON module's event form) in UTF-8,
     * undecoded.
     */
    public List<byte[]> eventJson(Query q) {
        List<byte[]> out = new ArrayList<>();
        store.streamEventJson(q, out::add);
        return out;
    }

    /** Reports matching a query, in date order (undated last), then by id. */
    public List<ReportRecord> reports(Query q) {
        return store.reports(q);
    }

    /** An event by its id, or by the id of an event it absorbed. */
    public Optional<Event> event(String id) {
        return store.event(id);
    }

    public Optional<ReportRecord> report(String id) {
        return store.report(id);
    }

    public Optional<DocumentInfo> document(String id) {
        return store.document(id);
    }

    /**
     * A stored document's clean text and sections, read again from its stored original bytes by the same reader
     * ingest used; empty when the document or its bytes are not stored. The reports' evidence offsets point into
     * this text as long as the reader has not changed since the document was stored (reprocess brings them back
     * in step).
     */
    public Optional<Document> documentText(String id) {
        Optional<DocumentInfo> info = store.document(id);
        Optional<byte[]> bytes = info.isEmpty() ? Optional.empty() : store.original(id);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DocumentReader().read(info.get().path(), bytes.get()));
        } catch (IngestException e) {
            throw new StoreException(id + ": the stored bytes no longer read as a document: " + e.problem(), e);
        }
    }

    /** A document's reports in the order they were committed. */
    public List<ReportRecord> reportsOf(String documentId) {
        return store.reportsOf(documentId);
    }

    /** Whether a stored document copies another (empty when the document is not stored). */
    public Optional<Syndication> syndication(String documentId) {
        return store.syndication(documentId);
    }

    public Counts counts() {
        return store.counts();
    }

    // ---- whole-store operations ---------------------------------------------------------------------------

    /** As {@link #reprocess(String, Engine, EventAssessor, IngestListener)} with the standard engine. */
    public static ReprocessSummary reprocess(String db, Grading grading, IngestListener listener) {
        return reprocess(db, Engine.standard(), grading.assessor(), listener);
    }

    /**
     * Removes a wrongly ingested document, in one transaction: its reports go, the events it supported are merged
     * and graded again (with this assessor) from their remaining reports, and events left with no report go.
     *
     * @throws StoreException when no such document is stored (nothing changes)
     */
    public RemoveSummary remove(String documentId, Grading grading) {
        return remove(documentId, grading.assessor());
    }

    /** As {@link #remove(String, Grading)} with this assessor. */
    public RemoveSummary remove(String documentId, EventAssessor assessor) {
        DocumentInfo doc = store.document(documentId).orElseThrow(() -> new StoreException(
                "no document " + documentId + " is stored (see 'sitrep show' or 'sitrep export --what reports' for "
                        + "document ids); nothing was removed"));
        int reports = store.reportsOf(documentId).size();
        Removal done = new Recorder(store, assessor).remove(documentId);
        return new RemoveSummary(documentId, doc.path(), reports,
                done.rewritten().stream().map(w -> w.event().id()).toList(), done.emptied());
    }

    /**
     * Re-runs the current engine over every document of the store in {@code db}, into a new store built beside
     * it, one transaction per document; then the new store takes the file's place and the old one is kept as
     * {@code <db>.before-reprocess}. Returns what was done; the old store is untouched if anything fails.
     */
    public static ReprocessSummary reprocess(String db, Engine engine, EventAssessor assessor,
                                             IngestListener listener) {
        if (PostgresStore.isAddress(db)) {
            throw new StoreException("reprocess builds a new store file beside the old one and works on store files "
                    + "only; for a PostgreSQL database, ingest the documents into a new database instead");
        }
        return reprocess(existingFile(db), engine, assessor, listener);
    }

    /** As {@link #reprocess(String, Engine, EventAssessor, IngestListener)}, for a store file. */
    public static ReprocessSummary reprocess(Path db, Engine engine, EventAssessor assessor,
                                             IngestListener listener) {
        Path fresh = sibling(db, ".reprocessing");
        Path before = sibling(db, ".before-reprocess");
        try {
            deleteStore(fresh);
            ReprocessSummary summary;
            try (Store from = SqliteStore.open(db); Store to = SqliteStore.open(fresh)) {
                summary = new Reprocess(engine).run(from, to, new Recorder(to, assessor), listener);
            }
            deleteStore(before);
            Files.move(db, before, StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh, db, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new StoreException(db + ": reprocessed store could not take the old one's place: " + e.getMessage(),
                    e);
        }
    }

    private static Path sibling(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    private static void deleteStore(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(sibling(file, suffix));
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
