package org.sitrep.knowledge.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.knowledge.Decimals;

/** Reads one tab-separated data file of this package: '#' comments, one header line, fixed column count. */
final class GazetteerData {
    static final String BASE = "/org/sitrep/knowledge/places/";

    /** Where the data files come from: the classpath (shipped) or a directory (the build, writing new ones). */
    @FunctionalInterface
    interface Source {
        /** All lines of the named file of this package, in order. */
        List<String> lines(String file);

        /** The named file's UTF-8 bytes; by default its lines, each ended by a line feed. */
        default byte[] bytes(String file) {
            StringBuilder b = new StringBuilder();
            for (String line : lines(file)) {
                b.append(line).append('\n');
            }
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The files shipped beside this class. */
    static final Source SHIPPED = new Source() {
        @Override
        public List<String> lines(String file) {
            return GazetteerData.lines(file);
        }

        @Override
        public byte[] bytes(String file) {
            return GazetteerData.bytes(file);
        }
    };

    /** The files of a directory laid out as this package's resources (for the build step). */
    static Source directory(Path dir) {
        return new Source() {
            @Override
            public List<String> lines(String file) {
                Path p = dir.resolve(file);
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read data file " + p, e);
                }
            }

            @Override
            public byte[] bytes(String file) {
                Path p = dir.resolve(file);
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read data file " + p, e);
                }
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

    /**
     * The rows of a file, cut into cells straight from its bytes: lines are ended by "\n", "\r\n" or "\r" (as
     * {@link #splitLines}), and only cells become strings. Making each line a string first, then cutting it, was a
     * fifth of the gazetteer's load and a sixth of what a cold start allocates before its first document.
     */
    static List<Row> rows(Source source, String file, String firstHeader, int columns) {
        byte[] b = source.bytes(file);
        List<Row> out = new ArrayList<>(b.length / 64 + 1);
        boolean header = true;
        int n = 0;
        int start = 0;
        int[] tabs = new int[columns - 1];
        for (int i = 0; i <= b.length; i++) {
            if (i < b.length && b[i] != '\n' && b[i] != '\r') {
                continue;
            }
            if (i == b.length && start == b.length) {
                break;
            }
            n++;
            int end = i;
            if (i < b.length && b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
                i++;
            }
            int from = start;
            start = i + 1;
            if (end == from || b[from] == '#' || blank(b, from, end)) {
                continue;
            }
            int found = tabsOf(b, from, end, tabs);
            String[] cells = found == columns - 1 ? cells(b, from, end, tabs) : null;
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
                        + (found + 1));
            }
            out.add(new Row(file, n, cells));
        }
        return out;
    }

    /** How many tabs {@code b[from, end)} holds; the first {@code tabs.length} positions go into {@code tabs}. */
    private static int tabsOf(byte[] b, int from, int end, int[] tabs) {
        int found = 0;
        for (int i = from; i < end; i++) {
            if (b[i] == '\t') {
                if (found < tabs.length) {
                    tabs[found] = i;
                }
                found++;
            }
        }
        return found;
    }

    /** The cells between the tabs, each decoded on its own (plain ASCII ones stay one byte per character). */
    private static String[] cells(byte[] b, int from, int end, int[] tabs) {
        String[] out = new String[tabs.length + 1];
        int at = from;
        for (int k = 0; k < tabs.length; k++) {
            out[k] = new String(b, at, tabs[k] - at, StandardCharsets.UTF_8);
            at = tabs[k] + 1;
        }
        out[tabs.length] = new String(b, at, end - at, StandardCharsets.UTF_8);
        return out;
    }

    /** Whether the line holds only white space (as {@link String#isBlank}). */
    private static boolean blank(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] < 0) {
                return new String(b, from, end - from, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * All lines of a shipped file: its bytes read in one go and cut at line ends (as
     * {@link java.io.BufferedReader#readLine} cuts them), each line decoded on its own, not read through a reader,
     * which was a tenth of the gazetteer's cold load. Decoding line by line keeps the many plain-ASCII lines on
     * the JDK's fast path instead of making the whole file one two-byte-per-character string.
     */
    static List<String> lines(String file) {
        return splitLines(bytes(file));
    }

    /** The bytes of a shipped file, read in one go. */
    static byte[] bytes(String file) {
        String path = BASE + file;
        try (InputStream in = GazetteerData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("data file " + path + " is missing from the classpath (beside "
                        + GazetteerData.class.getName() + ")");
            }
            return in.readAllBytes();
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
