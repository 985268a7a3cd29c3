package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One line of a tab-separated data file (UTF-8, '#' comments and blank lines skipped), split on tabs, with the
 * file and line it came from so that any later complaint can point at it. {@code errors} makes the exception a
 * stage reports bad data with, so each stage keeps its own exception type.
 */
public record DataRow(String file, int line, String[] cols, Function<String, ? extends RuntimeException> errors) {
    /** Column {@code i}, trimmed; empty when the line is shorter. */
    public String col(int i) {
        return i < cols.length ? cols[i].trim() : "";
    }

    /** The stage's exception for a problem on this line, naming file and line. */
    public RuntimeException error(String problem) {
        return errors.apply(file + " line " + line + ": " + problem);
    }

    /** The data lines of {@code lines} (line n at index n - 1) with at least {@code minColumns} columns each. */
    public static List<DataRow> parse(String file, List<String> lines, int minColumns,
                                      Function<String, ? extends RuntimeException> errors) {
        List<DataRow> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            DataRow row = new DataRow(file, i + 1, line.split("\t", -1), errors);
            if (row.cols().length < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns, found " + row.cols().length);
            }
            out.add(row);
        }
        return out;
    }

    /**
     * The data lines after a header row whose first cell is {@code header} (a file that does not start with it is
     * an error naming the file), as {@link #parse} reads them.
     */
    public static List<DataRow> parseAfterHeader(String file, List<String> lines, String header, int minColumns,
                                                 Function<String, ? extends RuntimeException> errors) {
        List<DataRow> rows = parse(file, lines, minColumns, errors);
        if (rows.isEmpty() || !rows.get(0).col(0).equals(header)) {
            throw errors.apply(file + ": expected a header row starting with '" + header + "'");
        }
        return rows.subList(1, rows.size());
    }
}
