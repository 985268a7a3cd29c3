package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a search of files and folders found: the article files to read (in a stable order), the paths it could not
 * search and why, and the files of other kinds it left alone, by kind (".pdf", ".csv", "no extension").
 */
public record Sources(List<Path> files, List<PathProblem> problems, Map<String, List<Path>> otherKinds) {
    public Sources {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        otherKinds = Map.copyOf(otherKinds);
    }
}
