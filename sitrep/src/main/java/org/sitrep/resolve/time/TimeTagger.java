package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds time expressions in text and normalises them to TIMEX3 values, anchored to a document creation time
 * (DCT, may be null: deictic expressions then stay unanchored) and to the narrative focus, which moves with every
 * date the text names. Immutable and thread-safe: all per-text state lives in the call.
 */
public final class TimeTagger {
    /**
     * The farthest year a creation time may lie from year 0: dates are counted from it in whole centuries and
     * millennia, and LocalDate ends at year 999,999,999. Real publication dates have four-digit years.
     */
    static final int MAX_DCT_YEAR = 999_999;

    private final TimeGrammar grammar;

    public TimeTagger(TimeLexicon lexicon) {
        this.grammar = new TimeGrammar(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** A tagger over the shipped lexicon. */
    public static TimeTagger standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final TimeTagger STANDARD = new TimeTagger(TimeLexicon.standard());
    }

    /** All time expressions in text order, with values anchored to {@code dct} and the narrative. */
    public List<TimeExpression> tag(String text, LocalDate dct) {
        return tag(text, dct, Anchoring.DEFAULT);
    }

    /**
     * As {@link #tag(String, LocalDate)}, with inert stretches and the weekday policy of {@code anchoring}.
     *
     * @throws IllegalArgumentException when {@code dct} lies beyond year {@value #MAX_DCT_YEAR} either side of 0
     */
    public List<TimeExpression> tag(String text, LocalDate dct, Anchoring anchoring) {
        Objects.requireNonNull(text, "text");
        if (dct != null && Math.abs(dct.getYear()) > MAX_DCT_YEAR) {
            // found by fuzzing: near LocalDate's ends, anchoring "yesterday" or "next year" threw DateTimeException
            throw new IllegalArgumentException("creation date " + dct + " is beyond year " + MAX_DCT_YEAR
                    + " either side of year 0");
        }
        TimexNormaliser n = new TimexNormaliser(text, dct, Objects.requireNonNull(anchoring, "anchoring"));
        List<TimeExpression> out = new ArrayList<>();
        for (Parse p : grammar.parse(text)) {
            out.add(n.resolve(p));
        }
        return List.copyOf(out);
    }
}
