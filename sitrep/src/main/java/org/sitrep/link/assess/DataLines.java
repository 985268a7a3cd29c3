package org.sitrep.link.assess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.BundledResource;

/**
 * Reads the assessment data files (UTF-8, tab-separated, '#' comments, blank lines skipped) from the classpath
 * or from a user's path, keeping file and line with every row so that any later complaint can point at it.
 */
final class DataLines {
    static final String DIR = "/org/sitrep/link/";

    /** One non-comment line, split on tabs, with where it came from. */
    record Row(String file, int line, String[] cols) {
        String col(int i) {
            return i < cols.length ? cols[i].trim() : "";
        }

        AssessmentDataException error(String problem) {
            return new AssessmentDataException(file + " line " + line + ": " + problem);
        }
    }

    private DataLines() {
    }

    /** Rows of a bundled file under {@code org/sitrep/link/}. */
    static List<Row> bundled(String name, int minColumns) {
        return parse(name, BundledResource.lines(DataLines.class, DIR + name), minColumns);
    }

    /** Rows of a user's file. */
    static List<Row> file(Path path, int minColumns) {
        try {
            return parse(path.toString(), Files.readAllLines(path, StandardCharsets.UTF_8), minColumns);
        } catch (IOException e) {
            throw new AssessmentDataException("cannot read " + path + ": " + e.getMessage());
        }
    }

    static List<Row> parse(String file, List<String> lines, int minColumns) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Row row = new Row(file, i + 1, line.split("\t", -1));
            if (row.cols().length < minColumns) {
                throw row.error("expected at least " + minColumns + " tab-separated columns, found "
                        + row.cols().length);
            }
            out.add(row);
        }
        return out;
    }
}
