package org.sitrep.app;

import java.nio.file.Path;

/**
 * What an adapter hears while files are ingested: a file skipped and why, a file stored with a warning, each file
 * done, and how far the run is in bytes (within a long file too).
 */
public interface IngestListener {
    /** A file or folder could not be read, processed or stored; the run goes on. */
    void problem(Path file, String problem);

    /**
     * A file was stored, but a limit cut or split the work on it (a sentence too long to read whole, a report limit
     * reached); {@code warning} says what and where. By default shown as a problem line starting "warning: ".
     */
    default void warning(Path file, String warning) {
        problem(file, "warning: " + warning);
    }

    /** How many files the run will go through (after folders are searched). */
    default void starting(int files) {
    }

    /** As {@link #starting(int)}, with the total size of those files in bytes. */
    default void starting(int files, long bytes) {
        starting(files);
    }

    /**
     * How far the run is: the bytes of the files done so far plus the part of the current file its processing has
     * reached (heard about every hundredth of a file).
     */
    default void progress(long bytesDone) {
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
