package org.sitrep.ingest;

import java.util.Objects;

/** A file that cannot become a document: names the file and says what is wrong with it. */
public final class IngestException extends Exception {
    private final String file;
    private final String problem;

    public IngestException(String file, String problem) {
        super(file + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public IngestException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
