package org.sitrep.arch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the architecture tests' shrinking lists: {@code key<TAB>number} rows, {@code #} comments. */
final class ArchLists {
    private ArchLists() {
    }

    static Map<String, Integer> read(String resource) throws IOException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (InputStream in = ArchLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                return rows;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    String[] cols = t.split("\t");
                    rows.put(cols[0], Integer.parseInt(cols[1].strip()));
                }
            }
        }
        return rows;
    }
}
