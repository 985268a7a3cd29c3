package org.sitrep.app;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.engine.Engine;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The front door: an open store with the use cases that work on it (ingest, regrade; queries through
 * {@link #store()}). Adapters (the command line, a server) call this and format what it answers; they never
 * name a store implementation, the recorder or the pipeline's stages.
 */
public final class Sitrep implements AutoCloseable {
    /** The store file used when none is named. */
    public static final Path DEFAULT_DB = SqliteStore.DEFAULT_FILE;

    private final Store store;

    private Sitrep(Store store) {
        this.store = store;
    }

    /** Opens (creating or migrating when needed) the store in this file. */
    public static Sitrep open(Path db) {
        return new Sitrep(SqliteStore.open(db));
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
        return new Recorder(store, assessor).regrade(assessor);
    }

    @Override
    public void close() {
        store.close();
    }
}
