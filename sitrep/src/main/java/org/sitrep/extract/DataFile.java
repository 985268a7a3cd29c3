package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
        InputStream in = DataFile.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new DataException("extract data file " + DIR + name + " is missing from the classpath");
        }
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
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
        } catch (IOException e) {
            throw new DataException("cannot read extract data file " + name + ": " + e.getMessage());
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
