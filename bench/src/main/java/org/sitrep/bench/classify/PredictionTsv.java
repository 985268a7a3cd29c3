package org.sitrep.bench.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads predictions: UTF-8 lines {@code id<TAB>label}, an optional header starting with "id", label may be NONE. */
public final class PredictionTsv {
    private PredictionTsv() {
    }

    public static Map<String, String> read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static Map<String, String> parse(String name, List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").stripTrailing();
            if (line.isBlank() || (i == 0 && line.startsWith("id\t"))) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + ":" + (i + 1) + ": ";
            if (f.length < 2) {
                throw new IllegalArgumentException(where + "expected id<TAB>label");
            }
            String label = Labels.canonical(f[1]).orElseThrow(() -> new IllegalArgumentException(where
                    + "unknown label '" + f[1] + "'"));
            if (out.put(f[0].strip(), label) != null) {
                throw new IllegalArgumentException(where + "duplicate id " + f[0].strip());
            }
        }
        return out;
    }
}
