package org.sitrep.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sitrep.engine.Engine;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.record.Recorder;
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

    private final Store store;

    private Sitrep(Store store) {
        this.store = store;
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

    /** Over a store already open (another implementation, or a test's). Closing this closes it. */
    public static Sitrep over(Store store) {
        return new Sitrep(store);
    }

    /** The store, for queries. */
    public Store store() {
        return store;
    }

    /** Reads, processes and records files and folders (searched recursively), one document at a time. */
    public IngestSummary ingest(Engine engine, EventAssessor assessor, List<Path> inputs, IngestListener listener) {
        return new Ingest(engine, store, new Recorder(store, assessor)).run(inputs, listener);
    }

    /** Grades every stored event again with this assessor, in one commit; returns how many were graded. */
    public int regrade(EventAssessor assessor) {
        return new Recorder(store, assessor).regrade();
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
