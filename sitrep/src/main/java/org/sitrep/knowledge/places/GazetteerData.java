package org.sitrep.knowledge.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one tab-separated data file of this package: '#' comments, one header line, fixed column count. */
final class GazetteerData {
    static final String BASE = "/org/sitrep/knowledge/places/";

    /** Where the data files come from: the classpath (shipped) or a directory (the build, writing new ones). */
    @FunctionalInterface
    interface Source {
        /** All lines of the named file of this package, in order. */
        List<String> lines(String file);
    }

    /** The files shipped beside this class. */
    static final Source SHIPPED = GazetteerData::lines;

    /** The files of a directory laid out as this package's resources (for the build step). */
    static Source directory(Path dir) {
        return file -> {
            Path p = dir.resolve(file);
            try {
                return Files.readAllLines(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read data file " + p, e);
            }
        };
    }

    record Row(String file, int line, String[] cells) {
        String cell(int i) {
            return cells[i].trim();
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException(file + " line " + line + ": " + problem);
        }

        double number(int i, String what) {
            String c = cell(i);
            double fast = Decimals.parse(c);
            if (!Double.isNaN(fast)) {
                return fast;
            }
            try {
                return Double.parseDouble(c);
            } catch (NumberFormatException e) {
                throw error("bad " + what + " '" + cell(i) + "'");
            }
        }
    }

    private GazetteerData() {
    }

    static List<Row> rows(String file, String firstHeader, int columns) {
        return rows(SHIPPED, file, firstHeader, columns);
    }

    static List<Row> rows(Source source, String file, String firstHeader, int columns) {
        List<Row> out = new ArrayList<>();
        boolean header = true;
        int n = 0;
        for (String line : source.lines(file)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = cells(line, columns);
            if (header) {
                if (cells == null || !cells[0].equals(firstHeader)) {
                    throw new IllegalStateException(file + " line " + n + ": expected a header of " + columns
                            + " columns starting with '" + firstHeader + "'");
                }
                header = false;
                continue;
            }
            if (cells == null) {
                throw new IllegalStateException(file + " line " + n + ": expected " + columns + " columns, got "
                        + line.split("\t", -1).length);
            }
            out.add(new Row(file, n, cells));
        }
        return out;
    }

    /**
     * The tab-separated cells of a line, or null when it has not exactly {@code columns} of them: cut straight
     * into an array of the known width (String.split collects into a list first, a tenth of the load).
     */
    static String[] cells(String line, int columns) {
        String[] out = new String[columns];
        int from = 0;
        for (int k = 0; k < columns - 1; k++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                return null;
            }
            out[k] = line.substring(from, tab);
            from = tab + 1;
        }
        if (line.indexOf('\t', from) >= 0) {
            return null;
        }
        out[columns - 1] = line.substring(from);
        return out;
    }

    /**
     * All lines of a shipped file: its bytes read in one go and cut at line ends (as
     * {@link java.io.BufferedReader#readLine} cuts them), each line decoded on its own, not read through a reader,
     * which was a tenth of the gazetteer's cold load. Decoding line by line keeps the many plain-ASCII lines on
     * the JDK's fast path instead of making the whole file one two-byte-per-character string.
     */
    static List<String> lines(String file) {
        String path = BASE + file;
        try (InputStream in = GazetteerData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("data file " + path + " is missing from the classpath (beside "
                        + GazetteerData.class.getName() + ")");
            }
            return splitLines(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + path, e);
        }
    }

    /** The lines of UTF-8 text: ended by "\n", "\r\n" or "\r"; a last line without an end counts. */
    static List<String> splitLines(byte[] utf8) {
        List<String> out = new ArrayList<>(utf8.length / 32 + 1);
        int n = utf8.length;
        int start = 0;
        for (int i = 0; i < n; i++) {
            byte b = utf8[i];
            if (b == '\n' || b == '\r') {
                out.add(new String(utf8, start, i - start, StandardCharsets.UTF_8));
                if (b == '\r' && i + 1 < n && utf8[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new String(utf8, start, n - start, StandardCharsets.UTF_8));
        }
        return out;
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
