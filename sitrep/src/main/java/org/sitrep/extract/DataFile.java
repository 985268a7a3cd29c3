package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.BundledResource;

/** Reads the extraction data files (UTF-8, tab-separated, '#' comments) and names file and line in every error. */
final class DataFile {
    static final String DIR = "/org/sitrep/extract/";

    /** One data row with where it came from, so later checks can still point at the line. */
    record Row(String file, int line, String[] cols) {
        String col(int i) {
            return i < cols.length ? cols[i].trim() : "";
        }

        DataException error(String problem) {
            return new DataException(file + " line " + line + ": " + problem);
        }
    }

    /** Bad data: the message names the file and the problem. */
    static final class DataException extends IllegalStateException {
        DataException(String message) {
            super(message);
        }
    }

    private DataFile() {
    }

    static List<Row> rows(String name, int minColumns) {
        List<Row> out = new ArrayList<>();
        List<String> lines = BundledResource.lines(DataFile.class, DIR + name);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            Row row = new Row(name, n, cols);
            if (cols.length < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns, found " + cols.length);
            }
            for (int i = 0; i < minColumns; i++) {
                if (cols[i].isBlank()) {
                    throw row.error("column " + (i + 1) + " is empty");
                }
            }
            out.add(row);
        }
        if (out.isEmpty()) {
            throw new DataException("extract data file " + name + " has no entries");
        }
        return out;
    }

    /** First column of every row. */
    static List<String> words(String name) {
        return rows(name, 1).stream().map(r -> r.col(0)).toList();
    }
}
