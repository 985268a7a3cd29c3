package org.sitrep.ingest;

import java.util.Objects;
import java.util.Optional;

/** A file that cannot become a document: names the file and says what is wrong with it. */
public final class IngestException extends Exception {
    private final String file;
    private final String problem;
    private final String kind;

    public IngestException(String file, String problem) {
        super(file + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.kind = null;
    }

    public IngestException(String file, String problem, Throwable cause) {
        this(file, null, problem, cause);
    }

    /** A file the run could not get at (one of the {@link PathProblem} kinds), rather than a bad article. */
    public IngestException(String file, String kind, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
        this.kind = kind;
    }

    /** The {@link PathProblem} kind when the file could not be got at; empty when its content is the problem. */
    public Optional<String> kind() {
        return Optional.ofNullable(kind);
    }

    public String file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
