package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a stretch of text into tokens with absolute offsets. Words keep inner apostrophes of contractions
 * out ("didn't" gives "did" and "n't"); possessive "'s" and a bare trailing apostrophe become their own token
 * ("'s"); intra-word hyphens are dropped and mark the next token glued; "U.S." stays one word.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        return new Scan(text, from, to).run();
    }

    /** One pass over {@code text[from, to)}: the position, the tokens so far, and whether the next one is glued. */
    private static final class Scan {
        private final String text;
        private final int to;
        private final List<Token> out;
        private int i;
        private boolean glueNext;

        Scan(String text, int from, int to) {
            this.text = text;
            this.to = to;
            this.out = new ArrayList<>(Math.max(8, (to - from) / 5));
            this.i = from;
        }

        List<Token> run() {
            while (i < to) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    glueNext = false;
                } else if (Character.isDigit(c)) {
                    number();
                } else if (Character.isLetter(c)) {
                    word();
                } else if (rangeDash(c)) {
                    // numeric range "3000-3500": the second number is glued
                    glueNext = true;
                    i++;
                } else {
                    add(out, text, i, i + 1, Token.Kind.PUNCT, false);
                    glueNext = false;
                    i++;
                }
            }
            return out;
        }

        private void number() {
            int j = i + 1;
            while (j < to && (Character.isDigit(text.charAt(j))
                    || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < to
                    && Character.isDigit(text.charAt(j + 1))))) {
                j++;
            }
            // "24th", "1970s": letters glued to digits stay in the token but make it a word
            int k = j;
            while (k < to && Character.isLetter(text.charAt(k))) {
                k++;
            }
            Token.Kind kind = k > j ? Token.Kind.WORD : Token.Kind.NUMBER;
            add(out, text, i, k, kind, glueNext);
            glueNext = false;
            i = k;
        }

        private void word() {
            int j = wordEnd();
            // contraction n't
            if (j + 2 < to + 1 && j - i > 1 && text.charAt(j - 1) == 'n' && j + 1 < to && isApostrophe(text.charAt(j))
                    && text.charAt(j + 1) == 't' && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2)))) {
                add(out, text, i, j - 1, Token.Kind.WORD, glueNext);
                out.add(new Token(text.substring(j - 1, j + 2), "n't", j - 1, j + 2, Token.Kind.WORD, false));
                glueNext = false;
                i = j + 2;
                return;
            }
            add(out, text, i, j, Token.Kind.WORD, glueNext);
            glueNext = false;
            i = j;
            // hyphen (or slash) inside a word: drop it and glue the next word
            if (i + 1 < to && (text.charAt(i) == '-' || text.charAt(i) == '\u2011')
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                glueNext = true;
                i++;
            }
            if (i < to && isApostrophe(text.charAt(i))) {
                apostropheAfterWord();
            }
        }

        /** End of the word starting at {@code i}, initials with full stops included ("U.S.", "U.N."). */
        private int wordEnd() {
            int j = i + 1;
            while (j < to && (Character.isLetterOrDigit(text.charAt(j)))) {
                j++;
            }
            if (j - i == 1 && j + 1 < to && text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))) {
                int k = j;
                while (k + 1 < to && text.charAt(k) == '.' && Character.isLetter(text.charAt(k + 1))
                        && (k + 2 >= to || !Character.isLetter(text.charAt(k + 2)))) {
                    k += 2;
                }
                if (k < to && text.charAt(k) == '.') {
                    k++;
                }
                j = k;
            }
            return j;
        }

        /** An apostrophe right after a word: possessive "'s", a bare trailing one, or one inside a name. */
        private void apostropheAfterWord() {
            if (i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))) {
                out.add(new Token(text.substring(i, i + 2), "'s", i, i + 2, Token.Kind.PUNCT, false));
                i += 2;
            } else if (i + 1 >= to || !Character.isLetter(text.charAt(i + 1))) {
                out.add(new Token(text.substring(i, i + 1), "'s", i, i + 1, Token.Kind.PUNCT, false));
                i++;
            } else {
                // an apostrophe inside a name (A'zaz) or an odd contraction: keep it inside the next word
                glueNext = true;
                i++;
            }
        }

        private boolean rangeDash(char c) {
            return (c == '-' || c == '\u2011') && i + 1 < to && Character.isDigit(text.charAt(i + 1))
                    && !out.isEmpty() && out.get(out.size() - 1).isNumber() && out.get(out.size() - 1).end() == i;
        }
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u00b4' || c == '`';
    }

    private static void add(List<Token> out, String text, int s, int e, Token.Kind kind, boolean glued) {
        String t = text.substring(s, e);
        out.add(new Token(t, t.toLowerCase(Locale.ROOT), s, e, kind, glued));
    }
}
