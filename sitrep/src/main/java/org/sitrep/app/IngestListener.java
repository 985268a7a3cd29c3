package org.sitrep.app;

import java.nio.file.Path;

/** What an adapter hears while files are ingested: a file skipped and why, and each file done. */
public interface IngestListener {
    /** A file or folder could not be read, processed or stored; the run goes on. */
    void problem(Path file, String problem);

    /** How many files the run will go through (after folders are searched). */
    default void starting(int files) {
    }

    /**
     * A document was recorded ({@code added}) or found already stored (not added): its id, for adapters that answer
     * with it (the API's upload).
     */
    default void recorded(String documentId, boolean added) {
    }

    /** One more file done (stored, unchanged or skipped). */
    default void step() {
    }
}
