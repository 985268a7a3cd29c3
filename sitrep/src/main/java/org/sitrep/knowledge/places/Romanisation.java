package org.sitrep.knowledge.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spelling variants of romanised Arabic words ({@code romanisation.tsv}): "Tell", "Tall" and "Tal"; "Kfar", "Kefr"
 * and "Kafr"; "-ieh", "-iyah" and "-iyya" are each folded to one form before names are compared, so a newsroom's
 * spelling meets GeoNames' without a list of towns. Variants differ from their form only in vowels and doubled
 * letters: consonant skeletons (the index keys) are the same with or without this step.
 */
final class Romanisation {
    static final String FILE = "romanisation.tsv";
    /** Endings apply to words at least this long ("Beit" keeps its "-it"). */
    static final int MIN_ENDING_WORD = 5;

    private record Ending(String variant, String form) {
    }

    private static final class Holder {
        static final Romanisation SHIPPED = read(GazetteerData.SHIPPED);
    }

    private final Map<String, String> tokens;
    /** Longest variant first. */
    private final List<Ending> endings;
    /** Pairs of consonants written for one Arabic letter, each as its two letters in order ("kq"). */
    private final Set<String> letters;

    private Romanisation(Map<String, String> tokens, List<Ending> endings, Set<String> letters) {
        this.tokens = Map.copyOf(tokens);
        this.endings = List.copyOf(endings);
        this.letters = Set.copyOf(letters);
    }

    static Romanisation shipped() {
        return Holder.SHIPPED;
    }

    static Romanisation read(GazetteerData.Source source) {
        Map<String, String> tokens = new HashMap<>();
        List<Ending> endings = new ArrayList<>();
        Set<String> letters = new HashSet<>();
        for (GazetteerData.Row r : GazetteerData.rows(source, FILE, "kind", 4)) {
            String variant = r.cell(1);
            String form = r.cell(2);
            if (r.cell(0).equals("letter")) {
                // one Arabic letter romanised with either consonant: these differ in consonants by design
                if (!variant.matches("[b-df-hj-np-tv-xz]") || !form.matches("[b-df-hj-np-tv-xz]")
                        || variant.equals(form)) {
                    throw r.error("a letter row pairs two different consonants: '" + variant + "', '" + form + "'");
                }
                letters.add(pair(variant.charAt(0), form.charAt(0)));
                continue;
            }
            if (!variant.matches("[a-z]+") || !form.matches("[a-z]+")) {
                throw r.error("variant and form are lower-case letters a-z: '" + variant + "', '" + form + "'");
            }
            // an ending is checked at the end of a word, where a final "-h" after a vowel is dropped anyway
            String stem = r.cell(0).equals("ending") ? "kalam" : "";
            if (!SkeletonKey.of(stem + variant).equals(SkeletonKey.of(stem + form))) {
                throw r.error("'" + variant + "' and '" + form + "' differ in consonants, not only in vowels");
            }
            switch (r.cell(0)) {
                case "token" -> {
                    if (tokens.put(variant, form) != null) {
                        throw r.error("duplicate variant " + variant);
                    }
                }
                case "ending" -> endings.add(new Ending(variant, form));
                default -> throw r.error("kind is token, ending or letter, not '" + r.cell(0) + "'");
            }
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.variant().length()).reversed());
        return new Romanisation(tokens, endings, letters);
    }

    /** True when newsrooms write one Arabic letter as either consonant (q and k, g and j ...). */
    boolean sameLetter(char a, char b) {
        return letters.contains(pair(a, b));
    }

    private static String pair(char x, char y) {
        return x < y ? "" + x + y : "" + y + x;
    }

    /** The listed form of a whole word, or the word itself (no ending rules). */
    String token(String w) {
        return tokens.getOrDefault(w, w);
    }

    /** One lower-case word in its folded spelling: the word's form if it is a listed variant, else its ending's. */
    String word(String w) {
        String t = tokens.get(w);
        if (t != null) {
            return t;
        }
        if (w.length() >= MIN_ENDING_WORD) {
            for (Ending e : endings) {
                if (w.endsWith(e.variant())) {
                    return w.substring(0, w.length() - e.variant().length()) + e.form();
                }
            }
        }
        return w;
    }
}
