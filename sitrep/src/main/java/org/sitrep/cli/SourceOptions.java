package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.app.Grading;
import picocli.CommandLine.Option;

/** The options that shape how events are graded, shared by {@code ingest} and {@code regrade}. */
final class SourceOptions {
    @Option(names = "--sources", paramLabel = "FILE", description = "An extra source registry (same columns as "
            + "the bundled sources.tsv); repeatable. Its outlets are recognised beside the bundled ones.")
    List<Path> sourceFiles = List.of();

    @Option(names = "--source-grades", paramLabel = "FILE", description = "Source reliability letters to use "
            + "(TSV: source<TAB>A-F). Without it every source is F, 'cannot be judged'.")
    Path sourceGrades;

    /** The grading these options describe; a bad file is bad input naming it. */
    Grading grading() {
        try {
            return Grading.from(sourceFiles, sourceGrades);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
