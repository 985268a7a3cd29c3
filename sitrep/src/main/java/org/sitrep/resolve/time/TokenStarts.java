package org.sitrep.resolve.time;

/**
 * Where a time expression may begin: where a word or a number starts (never inside a run of letters or of digits),
 * or at an apostrophe (the '80s). Every rule's match begins so; none begins with a space or other punctuation.
 * Trying a rule only there, not at every character, is most of what makes the grammar cheap: a rule's alternations
 * of weekday and month names are tried once a word instead of once a letter. It also keeps a month inside a longer
 * word ("AMAR 5") from reading as a date.
 */
final class TokenStarts {
    private TokenStarts() {
    }

    /** The first position at or after {@code from} (below {@code end}) where an expression may begin, else end. */
    static int next(CharSequence text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) ? i == 0 || !continues(text.charAt(i - 1), c) : c == '\'' || c == '’') {
                return i;
            }
        }
        return end;
    }

    /** Whether {@code c} carries on the word or number that {@code before} is part of. */
    private static boolean continues(char before, char c) {
        return Character.isLetter(before) && Character.isLetter(c) || Character.isDigit(before) && Character.isDigit(c);
    }
}
