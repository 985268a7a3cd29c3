package org.sitrep.extract;

import java.util.List;
import java.util.Set;

/**
 * Recognises a table or list row that states a count: "4 - Oct 20 Tuesday", "0 - Oct 23", "~4 strikes per day up
 * to Oct 20". A row is short, starts with a whole number (optionally "~"/"about") and continues with a dash and a
 * date-like label or with a countable event noun.
 */
final class CountRowReader {
    private static final Set<String> DATE_WORDS = ClosedClass.of("date-words");
    private static final Set<String> DASHES = ClosedClass.of("dashes");

    /** A count row: the number's token range and value, the event noun (or -1), and flags. */
    record Row(int start, int end, int value, int noun, boolean approximate, boolean perDay) {
    }

    private final TriggerLexicon triggerLex;

    CountRowReader(TriggerLexicon triggerLex) {
        this.triggerLex = triggerLex;
    }

    Row read(List<Token> toks) {
        int n = toks.size();
        if (n < 2 || n > 16) {
            return null;
        }
        int i = 0;
        boolean approx = false;
        if (toks.get(0).is("~") || toks.get(0).is("about") || toks.get(0).is("approx")) {
            approx = true;
            i = 1;
        }
        if (i >= n || !toks.get(i).isNumber() || toks.get(i).text().contains(".")) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(toks.get(i).text().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        int j = i + 1;
        int noun = -1;
        if (j < n && DASHES.contains(toks.get(j).text())) {
            boolean dateLike = false;
            for (int q = j + 1; q < n; q++) {
                dateLike |= DATE_WORDS.contains(toks.get(q).lower()) || toks.get(q).isNumber();
            }
            if (!dateLike) {
                return null;
            }
        } else {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, j);
            if (m == null || !m.value().has("count")) {
                return null;
            }
            noun = j;
        }
        boolean perDay = false;
        for (int q = j; q + 1 < n; q++) {
            perDay |= toks.get(q).is("per") && (toks.get(q + 1).is("day") || toks.get(q + 1).is("24"));
        }
        return new Row(i, i + 1, value, noun, approx, perDay);
    }
}
