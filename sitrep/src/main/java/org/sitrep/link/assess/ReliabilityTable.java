package org.sitrep.link.assess;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.DataRow;

/**
 * Source reliability letters a user has configured (a TSV file: source TAB letter A–F, '#' comments). Sources
 * are matched through the registry, so "SOHR" and "Syrian Observatory for Human Rights" are one. A source not
 * configured is F, "cannot be judged": sitrep holds no opinion of its own on any source. Immutable.
 */
public final class ReliabilityTable {
    private static final ReliabilityTable EMPTY = new ReliabilityTable(Map.of(), null);

    private final Map<String, Character> letters;
    private final String file;

    private ReliabilityTable(Map<String, Character> letters, String file) {
        this.letters = Map.copyOf(letters);
        this.file = file;
    }

    /** No source configured: every source is F. */
    public static ReliabilityTable none() {
        return EMPTY;
    }

    /** Reads a user's file; a bad line fails with the file, line and problem. */
    public static ReliabilityTable load(Path path, SourceRegistry registry) {
        return parse(DataLines.file(path, 1), registry, path.toString());
    }

    static ReliabilityTable parse(List<DataRow> rows, SourceRegistry registry, String file) {
        Map<String, Character> letters = new HashMap<>();
        for (DataRow row : rows) {
            if (row.cols().length != 2) {
                throw row.error("expected 'source<TAB>letter', found " + row.cols().length + " columns");
            }
            String source = row.col(0);
            String letter = row.col(1).toUpperCase(java.util.Locale.ROOT);
            if (source.isEmpty()) {
                throw row.error("source name is empty");
            }
            if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) > 'F') {
                throw row.error("reliability must be one letter A–F, found '" + row.col(1) + "'");
            }
            String name = registry.canonical(source);
            Character prev = letters.put(name, letter.charAt(0));
            if (prev != null) {
                throw row.error("source '" + name + "' is given a letter twice");
            }
        }
        return new ReliabilityTable(letters, file);
    }

    /** The configured letter of a source (registry name), if any. */
    public Optional<Character> configured(String source) {
        return Optional.ofNullable(letters.get(source));
    }

    /** The letter of a source: as configured, else F. */
    public char letter(String source) {
        return letters.getOrDefault(source, 'F');
    }

    /** The file the letters came from, or null when none was configured. */
    public String file() {
        return file;
    }

    public int size() {
        return letters.size();
    }
}
