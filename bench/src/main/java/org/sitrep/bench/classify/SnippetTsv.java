package org.sitrep.bench.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads labelled snippets: UTF-8, header {@code id<TAB>sub_event_type<TAB>text}, one snippet a line, no quoting.
 * Any malformed line is an error naming the file, the line and the problem.
 */
public final class SnippetTsv {
    static final String HEADER = "id\tsub_event_type\ttext";

    private SnippetTsv() {
    }

    public static List<LabelledSnippet> read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static List<LabelledSnippet> parse(String name, List<String> lines) {
        if (lines.isEmpty() || !strip(lines.get(0)).equals(HEADER)) {
            throw new IllegalArgumentException(name + ":1: expected the header '" + HEADER.replace("\t", "<TAB>")
                    + "'");
        }
        List<LabelledSnippet> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalArgumentException(where + "expected 3 tab-separated fields, found " + f.length);
            }
            String id = f[0].strip();
            if (id.isEmpty() || f[2].isBlank()) {
                throw new IllegalArgumentException(where + "empty id or text");
            }
            String label = Labels.canonical(f[1]).orElseThrow(() -> new IllegalArgumentException(where
                    + "unknown label '" + f[1] + "' (expected one of ACLED's 25 sub-event types or NONE)"));
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + "duplicate id " + id);
            }
            out.add(new LabelledSnippet(id, label, f[2].strip()));
        }
        return out;
    }

    /** Drops a byte-order mark and a Windows line end, so files saved by other tools read the same. */
    private static String strip(String s) {
        String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
        return t.endsWith("\r") ? t.substring(0, t.length() - 1) : t;
    }
}
