package org.sitrep.bench.corpus;

/**
 * The token rule used for every tokens/s figure, whichever system is measured, so figures compare:
 * a token is a maximal run of letters and digits, or any single other non-whitespace character
 * (so "al-Nusra," is four tokens: "al", "-", "Nusra", ","). Close to, but not the same as, CoreNLP's own count.
 */
public final class TokenCount {
    public static final String RULE = "a token = a maximal run of letters/digits, or one other non-space character";

    private TokenCount() {
    }

    public static int of(String text) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                count++;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                count++;
                i += Character.charCount(cp);
            }
        }
        return count;
    }
}
