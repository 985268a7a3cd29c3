package org.sitrep.resolve.place;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.places.Gazetteer;

/**
 * Decides by use whether a name in a sentence is meant as a place at all ({@code non-places.tsv}): peoples and
 * demonyms ("Kurds", "Syrian"), platforms ("YouTube") and common nouns ("side") never are, and a name followed by
 * a verb of saying or taking a position ("Qatar condemned ...", "Damascus said") is a speaker or party, not where
 * anything happened. Such mentions get no place and no candidates.
 */
final class NonPlaces {
    static final String FILE = "non-places.tsv";
    /** The word after a name, skipping adverbs; group 1 is a possessive "'s" right after the name. */
    private static final Pattern NEXT_WORDS = Pattern.compile(
            "^(['’]s)?\\s+(?:(?:has|have|had|also|again|later|then|strongly|publicly|officially)\\s+){0,2}(\\p{L}+)");

    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:in|at|from|of|to|near|into|on)\\s+$");

    private final Set<String> words;
    private final Set<String> speech;
    private final Set<String> institutions;
    private final Gazetteer gazetteer;

    NonPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.words = Lists.LOADED.words();
        this.speech = Lists.LOADED.speech();
        this.institutions = Lists.LOADED.institutions();
    }

    /** The file's two word sets, read once however many resolvers are built. */
    private record Lists(Set<String> words, Set<String> speech, Set<String> institutions) {
        static final Lists LOADED = read();

        private static Lists read() {
            Set<String> w = new HashSet<>();
            Set<String> s = new HashSet<>();
            Set<String> inst = new HashSet<>();
            for (DataRow r : DataRow.parse(FILE, BundledResource.lines(NonPlaces.class, FILE), 2,
                    IllegalStateException::new)) {
                String word = r.col(1).toLowerCase(Locale.ROOT);
                switch (r.col(0)) {
                    case "kind" -> {
                        // the header line
                    }
                    case "people", "platform", "common" -> w.add(word);
                    case "speech" -> s.add(word);
                    case "institution" -> inst.add(word);
                    default -> throw r.error("kind is people, platform, common, speech or institution, not '"
                            + r.col(0) + "'");
                }
            }
            return new Lists(Set.copyOf(w), Set.copyOf(s), Set.copyOf(inst));
        }
    }

    /** Whether the word is never a place: a people, platform or common noun of the list. */
    boolean notAPlace(String mention) {
        return words.contains(mention.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word is a demonym ("Syrian", "Israeli"): no place of an event, although as a toponym it refers
     * to its country (the convention of geoparsing corpora such as LGL).
     */
    boolean demonym(String mention) {
        String m = mention.strip();
        return m.indexOf(' ') < 0 && gazetteer.demonymOf(m).isPresent();
    }

    /**
     * Whether the mention at {@code [start, end)} of {@code text} is the subject of a verb of saying or taking a
     * position ("Qatar condemned ...", "Damascus said"): a speaker or party, so no place of the event it talks
     * about. Not after a preposition: in "officials in Moscow denied" Moscow is where they are.
     */
    boolean speaker(String text, int start, int end) {
        if (start < 0 || end <= start || end > text.length()) {
            return false;
        }
        Matcher next = NEXT_WORDS.matcher(text.substring(end, Math.min(text.length(), end + 48)));
        if (!next.find()) {
            return false;
        }
        String word = next.group(2).toLowerCase(Locale.ROOT);
        if (next.group(1) != null && institutions.contains(word)) {
            return true; // "according to Turkey's defence ministry": a state's body speaks or acts for it
        }
        return !AFTER_PREPOSITION.matcher(text.substring(Math.max(0, start - 12), start)).find()
                && speech.contains(word);
    }
}
