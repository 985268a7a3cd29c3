package org.sitrep.knowledge;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Named closed word lists of one data file (determiners, forms of "be", prepositions that introduce a target ...):
 * one row per list, {@code name <TAB> words separated by spaces <TAB> note}. Grammar words are knowledge too, so
 * they live in a versioned file, one copy each, not as sets in code. Immutable once loaded.
 */
public final class WordLists {
    private final String file;
    private final Map<String, Set<String>> lists;

    private WordLists(String file, Map<String, Set<String>> lists) {
        this.file = file;
        this.lists = lists;
    }

    /** Reads {@code path} (relative to {@code anchor}); a bad row fails with {@code errors} naming file and line. */
    public static WordLists load(Class<?> anchor, String path, Function<String, ? extends RuntimeException> errors) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (DataRow r : DataRow.parse(file, BundledResource.lines(anchor, path), 2, errors)) {
            if (r.col(0).isEmpty() || r.col(1).isEmpty()) {
                throw r.error("a list needs a name and at least one word");
            }
            List<String> words = Arrays.asList(r.col(1).split(" +"));
            Set<String> set = new LinkedHashSet<>(words);
            if (set.size() != words.size()) {
                throw r.error("list '" + r.col(0) + "' names a word twice");
            }
            if (lists.put(r.col(0), Set.copyOf(set)) != null) {
                throw r.error("list '" + r.col(0) + "' is defined twice");
            }
        }
        if (lists.isEmpty()) {
            throw errors.apply(file + ": no word lists");
        }
        return new WordLists(file, Map.copyOf(lists));
    }

    /** The list called {@code name}; a name the file does not define is a programming error naming the file. */
    public Set<String> get(String name) {
        Set<String> s = lists.get(name);
        if (s == null) {
            throw new IllegalStateException(file + ": no word list named '" + name + "'");
        }
        return s;
    }

    /** Every list name the file defines. */
    public Set<String> names() {
        return lists.keySet();
    }
}
