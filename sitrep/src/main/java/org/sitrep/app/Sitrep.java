package org.sitrep.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Counts;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.Syndication;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The front door: an open store with the use cases that work on it (ingest, reprocess, regrade; queries through
 * {@link #store()}). Adapters (the command line, a server) call this and format what it answers; they never
 * name a store implementation, the recorder or the pipeline's stages.
 */
public final class Sitrep implements AutoCloseable {
    /** The store file used when none is named. */
    public static final Path DEFAULT_DB = SqliteStore.DEFAULT_FILE;

    /** The largest document sitrep reads, in bytes. */
    public static final long MAX_DOCUMENT_BYTES = DocumentReader.MAX_BYTES;

    private final Store store;

    private Sitrep(Store store) {
        this.store = store;
    }

    /** Opens (creating or migrating when needed) the store in this file. */
    public static Sitrep open(Path db) {
        return new Sitrep(SqliteStore.open(db));
    }

    /** Opens a store that must already exist: a missing file is an error, not a new empty store. */
    public static Sitrep openExisting(Path db) {
        return open(existing(db));
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
     * Processes and records one document given as bytes (standard input, an upload) with the standard engine;
     * {@code name} stands for it in messages and as its stored path.
     */
    public IngestSummary ingest(String name, byte[] bytes, Grading grading, IngestListener listener) {
        return new Ingest(Engine.standard(), store, new Recorder(store, grading.assessor())).one(name, bytes, listener);
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
        return export.write(store, w);
    }

    /**
     * Writes events already read (a page of {@link #events(Query)}) in an export format, so a page and what is
     * written of it are the same records; returns how many were written.
     */
    public int export(ExportFormat format, List<Event> events, Writer w) throws IOException {
        return Export.writeEvents(format, events, store, w);
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

    /** As {@link #reprocess(Path, Engine, EventAssessor, IngestListener)} with the standard engine. */
    public static ReprocessSummary reprocess(Path db, Grading grading, IngestListener listener) {
        return reprocess(existing(db), Engine.standard(), grading.assessor(), listener);
    }

    /**
     * Re-runs the current engine over every document of the store in {@code db}, into a new store built beside
     * it, one transaction per document; then the new store takes the file's place and the old one is kept as
     * {@code <db>.before-reprocess}. Returns what was done; the old store is untouched if anything fails.
     */
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

    private static Path existing(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new StoreException(db + ": no such store (run `sitrep ingest` first, or pass --db)");
        }
        return db;
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
