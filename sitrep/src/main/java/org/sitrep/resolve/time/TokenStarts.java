package org.sitrep.resolve.time;

import java.util.Arrays;

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

    /**
     * Every position of the text where an expression may begin, ascending: found once a text, as every rule is tried
     * at those of its stretches.
     */
    static int[] all(CharSequence text) {
        int len = text.length();
        int[] out = new int[Math.max(8, len / 4)];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) ? i == 0 || !continues(text.charAt(i - 1), c) : c == '\'' || c == '’') {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether {@code c} carries on the word or number that {@code before} is part of. */
    private static boolean continues(char before, char c) {
        return Character.isLetter(before) && Character.isLetter(c) || Character.isDigit(before) && Character.isDigit(c);
    }
}
