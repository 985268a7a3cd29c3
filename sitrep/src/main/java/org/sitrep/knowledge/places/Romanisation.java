package org.sitrep.knowledge.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private Romanisation(Map<String, String> tokens, List<Ending> endings) {
        this.tokens = Map.copyOf(tokens);
        this.endings = List.copyOf(endings);
    }

    static Romanisation shipped() {
        return Holder.SHIPPED;
    }

    static Romanisation read(GazetteerData.Source source) {
        Map<String, String> tokens = new HashMap<>();
        List<Ending> endings = new ArrayList<>();
        for (GazetteerData.Row r : GazetteerData.rows(source, FILE, "kind", 4)) {
            String variant = r.cell(1);
            String form = r.cell(2);
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
                default -> throw r.error("kind is token or ending, not '" + r.cell(0) + "'");
            }
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.variant().length()).reversed());
        return new Romanisation(tokens, endings);
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
