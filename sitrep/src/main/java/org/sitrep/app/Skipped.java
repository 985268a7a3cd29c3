package org.sitrep.app;

import java.nio.file.Path;

/** A path an ingest run skipped, and the short kind of reason a summary counts (see {@code PathProblem}). */
public record Skipped(Path path, String why) {
}
