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

    /** As {@link #tag(String, LocalDate)}, with inert stretches and the weekday policy of {@code anchoring}. */
    public List<TimeExpression> tag(String text, LocalDate dct, Anchoring anchoring) {
        Objects.requireNonNull(text, "text");
        TimexNormaliser n = new TimexNormaliser(text, dct, Objects.requireNonNull(anchoring, "anchoring"));
        List<TimeExpression> out = new ArrayList<>();
        for (Parse p : grammar.parse(text)) {
            out.add(n.resolve(p));
        }
        return List.copyOf(out);
    }
}
