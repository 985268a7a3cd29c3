package org.sitrep.link.assess;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.DataRow;

/**
 * How a text describes a source without naming it ({@code source-descriptors.tsv}): "the monitor", "a
 * British-based monitor", "Syrian state media". A descriptor ends in a head word; its other words are lower-case,
 * hyphenated or listed modifiers (nationalities, places of base). Whether a name the registry knows is a descriptor
 * is for the caller to rule out first ("Syrian Observatory" is an alias, not a description). Immutable.
 */
final class SourceDescriptors {
    static final String FILE = "source-descriptors.tsv";
    private final Map<String, Set<String>> fits;
    private final Set<String> modifiers;
    private final Set<String> determiners;

    private SourceDescriptors(Map<String, Set<String>> fits, Set<String> modifiers, Set<String> determiners) {
        this.fits = Map.copyOf(fits);
        this.modifiers = Set.copyOf(modifiers);
        this.determiners = Set.copyOf(determiners);
    }

    private static final class Bundled {
        static final SourceDescriptors INSTANCE = parse(DataLines.bundled(FILE, 2));
    }

    static SourceDescriptors bundled() {
        return Bundled.INSTANCE;
    }

    static SourceDescriptors parse(Iterable<DataRow> rows) {
        Map<String, Set<String>> fits = new HashMap<>();
        Set<String> modifiers = new HashSet<>();
        Set<String> determiners = new HashSet<>();
        for (DataRow r : rows) {
            String word = r.col(1).trim().toLowerCase(Locale.ROOT);
            switch (r.col(0)) {
                case "kind" -> {
                }
                case "head" -> {
                    Set<String> f = new HashSet<>();
                    if (r.cols().length > 2) {
                        for (String s : r.col(2).split("\\|")) {
                            if (!s.isBlank()) {
                                f.add(s.trim().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                    if (fits.put(word, Set.copyOf(f)) != null) {
                        throw r.error("head '" + word + "' given twice");
                    }
                }
                case "modifier" -> modifiers.add(word);
                case "determiner" -> determiners.add(word);
                default -> throw r.error("kind must be head, modifier or determiner, not '" + r.col(0) + "'");
            }
        }
        return new SourceDescriptors(fits, modifiers, determiners);
    }

    /** The head word of a name shaped as a descriptor, or empty when it names someone. */
    Optional<String> head(String name) {
        String[] words = name.strip().split("\\s+");
        int s = 0;
        while (s < words.length - 1 && determiners.contains(words[s].toLowerCase(Locale.ROOT))) {
            s++;
        }
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (!fits.containsKey(head)) {
            return Optional.empty();
        }
        for (int i = s; i < words.length - 1; i++) {
            String w = words[i];
            boolean plain = !w.isEmpty() && !Character.isUpperCase(w.codePointAt(0));
            if (!plain && !w.contains("-") && !modifiers.contains(w.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of(head);
    }

    /**
     * Whether a registered source fits a descriptor: its head by the source's format or affiliation, or by a word of
     * its names; and every capitalised modifier ("Syrian" in "Syrian state media") is a word of its names too, so a
     * Syrian description never stands for a Russian ministry.
     */
    boolean fits(String descriptor, SourceEntry e) {
        Optional<String> h = head(descriptor);
        if (h.isEmpty()) {
            return false;
        }
        for (String w : descriptor.strip().split("\\s+")) {
            boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
            String lower = w.toLowerCase(Locale.ROOT);
            if (capitalised && !w.contains("-") && modifiers.contains(lower)
                    && !hasWord(e.name(), lower) && e.aliases().stream().noneMatch(a -> hasWord(a, lower))) {
                return false;
            }
        }
        return headFits(h.get(), e);
    }

    private boolean headFits(String head, SourceEntry e) {
        Set<String> f = fits.getOrDefault(head, Set.of());
        if (f.contains(e.format().toLowerCase(Locale.ROOT)) || f.contains(e.affiliation().wireName())) {
            return true;
        }
        if (hasWord(e.name(), head)) {
            return true;
        }
        return e.aliases().stream().anyMatch(a -> hasWord(a, head));
    }

    private static boolean hasWord(String name, String word) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
