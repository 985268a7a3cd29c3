package org.sitrep.app;

import java.nio.file.Path;

/** What an adapter hears while files are ingested: a file skipped and why, and each file done. */
public interface IngestListener {
    /** A file or folder could not be read, processed or stored; the run goes on. */
    void problem(Path file, String problem);

    /** How many files the run will go through (after folders are searched). */
    default void starting(int files) {
    }

    /** One more file done (stored, unchanged or skipped). */
    default void step() {
    }
}
