package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Measure;

/**
 * A measure read from a sentence, over its tokens: the whole phrase [start, end) and the amount
 * [amountStart, amountEnd), so the caller can place the measure in a clause and keep its amount from being read
 * again as a death toll or a strike count.
 */
record MeasureHit(Measure measure, int start, int end, int amountStart, int amountEnd) {
    /** Words that, just before a measure's verb, say it did not happen ("failed to seize", "did not flee"). */
    private static final Set<String> NEGATIONS = ClosedClass.of("negations");

    /** A negation within the three words before token {@code at}. */
    static boolean negatedBefore(List<Token> toks, int at) {
        for (int j = Math.max(0, at - 3); j < at; j++) {
            if (NEGATIONS.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

}
