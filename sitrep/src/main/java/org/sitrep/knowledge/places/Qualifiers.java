package org.sitrep.knowledge.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Villages that share a name are told apart by a qualifier, which English puts before the name and Arabic after it:
 * "Lower Baqras" is "Baqras Tahtani", "Eastern Kwaires" is "Kuwayris Sharqi". A name the gazetteer does not know as
 * written is tried with its qualifier moved and translated (lists {@code qualifier-*} of place_words.tsv: the English
 * words of each meaning are those in {@code english-qualifiers}).
 */
public final class Qualifiers {
    private static final Set<String> ENGLISH = PlaceWords.of("english-qualifiers");
    private static final List<Set<String>> MEANINGS = PlaceWords.names().stream()
            .filter(n -> n.startsWith("qualifier-")).map(PlaceWords::of).toList();
    private static final Set<String> ARTICLES = PlaceWords.of("arabic-articles");
    private static final Set<String> PART = PlaceWords.of("part-qualifiers");

    private Qualifiers() {
    }

    /**
     * Whether a word (any case) is an English qualifier naming a part of what the name after it names ("Lower",
     * "Eastern", "North"), not one that makes another name ("New", "Little").
     */
    public static boolean partQualifier(String word) {
        return PART.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The name without such a qualifier before it ("Lower Buqrus" -> "Buqrus"), for a name the gazetteer knows under
     * neither form; empty when it has none.
     */
    public static Optional<String> withoutPartQualifier(String name) {
        String s = name.strip();
        int sp = s.indexOf(' ');
        return sp > 0 && partQualifier(s.substring(0, sp)) ? Optional.of(s.substring(sp + 1).strip())
                : Optional.empty();
    }

    /** The name with its qualifier moved to the other side and translated; empty when it has none. */
    static List<String> swapped(String name) {
        String[] w = name.strip().split("[\\s]+");
        if (w.length < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String first = w[0].toLowerCase(Locale.ROOT);
        if (ENGLISH.contains(first)) {
            String rest = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
            for (Set<String> m : MEANINGS) {
                if (m.contains(first)) {
                    m.stream().filter(q -> !ENGLISH.contains(q)).sorted().forEach(q -> out.add(rest + " " + q));
                }
            }
            return out;
        }
        String last = withoutArticle(w[w.length - 1].toLowerCase(Locale.ROOT));
        String rest = String.join(" ", Arrays.copyOfRange(w, 0, w.length - 1));
        if (ARTICLES.contains(w[w.length - 2].toLowerCase(Locale.ROOT))) {
            rest = String.join(" ", Arrays.copyOfRange(w, 0, w.length - 2)); // "Buqrus al Tahtani"
        }
        if (rest.isEmpty() || ENGLISH.contains(last)) {
            return List.of();
        }
        for (Set<String> m : MEANINGS) {
            if (m.contains(last)) {
                final String r = rest;
                m.stream().filter(ENGLISH::contains).sorted().forEach(q -> out.add(q + " " + r));
            }
        }
        return out;
    }

    /** "al-Tahtani", "ash-Sharqiyah": the word without a hyphened article before it. */
    private static String withoutArticle(String word) {
        int h = word.indexOf('-');
        return h > 0 && ARTICLES.contains(word.substring(0, h)) ? word.substring(h + 1) : word;
    }
}
