package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.Span;

/**
 * Where a text names an organisation, so a place name inside it is no toponym: "Hayat Tahrir al-Sham" holds
 * al-Sham (Damascus), "Fateh Halab" holds Halab (Aleppo), "Liwa al-Quds" holds al-Quds. Two sources: every name
 * of the actor knowledge base, and a place name written right after a capitalised head word of armed-group names
 * ({@value #UNIT_WORDS}: "Liwaa", "Jaysh", "Saraya"), which covers groups the knowledge base does not list.
 * Immutable and thread-safe.
 */
final class OrganisationSpans {
    static final String UNIT_WORDS = "unit-words.txt";
    /** A capitalised word, then one space or hyphen: the head word right before a name. */
    private static final Pattern LAST_WORD = Pattern.compile("(?<!\\p{L})(\\p{Lu}[\\p{L}'’]*)[\\s-]$");

    private final PhraseLexicon actorNames;
    private final Set<String> unitWords;

    /** {@code actorNames}: the actor knowledge base's names (any lexicon whose entries are organisations). */
    OrganisationSpans(PhraseLexicon actorNames) {
        this(actorNames, bundledUnitWords());
    }

    OrganisationSpans(PhraseLexicon actorNames, Set<String> unitWords) {
        this.actorNames = Objects.requireNonNull(actorNames, "actorNames");
        this.unitWords = Set.copyOf(unitWords);
    }

    private static Set<String> bundledUnitWords() {
        Set<String> out = new HashSet<>();
        for (String line : BundledResource.lines(OrganisationSpans.class, UNIT_WORDS)) {
            String w = line.strip();
            if (w.isEmpty() || w.startsWith("#")) {
                continue;
            }
            if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalStateException(UNIT_WORDS + ": '" + w + "' is not one lower-case ASCII word");
            }
            out.add(w);
        }
        return out;
    }

    /** Spans of the text's organisation names (actor names of more than one word). */
    SortedSpans in(String text) {
        List<Span> out = new ArrayList<>();
        for (NameHit h : actorNames.scan(text)) {
            // a one-word actor name ("Turkey", "Russia") may be the place itself: only longer names shield
            if (h.matched().strip().contains(" ") || h.matched().contains("-")) {
                out.add(h.span());
            }
        }
        return new SortedSpans(out);
    }

    /**
     * Whether a place hit is part of an organisation's name: it lies inside one of {@code organisations} and is
     * shorter than it, or it follows a capitalised unit head word ("Liwaa Al-Quds").
     */
    boolean shields(String text, Span hit, SortedSpans organisations) {
        if (organisations.anyHoldsLonger(hit)) {
            return true;
        }
        String before = text.substring(Math.max(0, hit.start() - 24), hit.start());
        Matcher m = LAST_WORD.matcher(before);
        return m.find() && unitWords.contains(m.group(1).toLowerCase(Locale.ROOT).replaceAll("['’]", ""));
    }
}
