package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A path a run could not use, and why: {@code why} is the short kind a summary counts ("folder cannot be read",
 * "broken symbolic link"), {@code detail} the full message naming what is wrong with this one.
 */
public record PathProblem(Path path, String why, String detail) {
    public static final String MISSING = "no such file or folder";
    public static final String UNREADABLE_FOLDER = "folder cannot be read";
    public static final String UNREADABLE_FILE = "file cannot be read";
    public static final String BROKEN_LINK = "broken symbolic link";
    public static final String LOOP = "symbolic link loop";
    public static final String VANISHED = "vanished during the run";
    public static final String NOT_REGULAR = "not a regular file";
    public static final String NO_ARTICLES = "folder without article files";
    public static final String BAD_RECORD = "bad record in a feed, archive or dump";
    public static final String BROKEN_CONTAINER = "feed, archive or dump broken";

    public PathProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(detail, "detail");
    }
}
