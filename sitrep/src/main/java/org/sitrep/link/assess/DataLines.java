package org.sitrep.link.assess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;

/**
 * Reads the assessment data files (UTF-8, tab-separated, '#' comments, blank lines skipped) from the classpath
 * or from a user's path, keeping file and line with every row so that any later complaint can point at it.
 */
final class DataLines {
    static final String DIR = "/org/sitrep/link/";

    private DataLines() {
    }

    /** Rows of a bundled file under {@code org/sitrep/link/}. */
    static List<DataRow> bundled(String name, int minColumns) {
        return parse(name, BundledResource.lines(DataLines.class, DIR + name), minColumns);
    }

    /** Rows of a user's file. */
    static List<DataRow> file(Path path, int minColumns) {
        try {
            return parse(path.toString(), Files.readAllLines(path, StandardCharsets.UTF_8), minColumns);
        } catch (IOException e) {
            throw new AssessmentDataException("cannot read " + path + ": " + e.getMessage());
        }
    }

    static List<DataRow> parse(String file, List<String> lines, int minColumns) {
        return DataRow.parse(file, lines, minColumns, AssessmentDataException::new);
    }
}
