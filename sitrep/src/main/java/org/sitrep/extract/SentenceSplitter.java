package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * Splits a stretch of clean text into sentences with absolute offsets. A sentence ends at . ! ? (after closing
 * quotes and brackets) before a capital, digit, quote or bullet, unless the word before the full stop is a known
 * abbreviation ("U.S.", "Lt.", "Gen.") or a single initial; a blank line always ends one; a single line break
 * ends one unless the text clearly runs on (lower-case or comma before it and lower case after it), so table
 * rows and list items stand alone.
 */
final class SentenceSplitter {
    /**
     * The longest stretch read as one sentence. Longer ones (a text without full stops, a run-on list) are read in
     * pieces of at most this many characters, cut at white space where there is some, so the work per sentence stays
     * bounded; the caller is told which sentences were cut. News sentences are far shorter.
     */
    static final int MAX_SENTENCE = 2_000;
    /** How far back a full stop looks for the abbreviation it may end ("Lt.", "U.S."): longer words are none. */
    private static final int MAX_ABBREVIATION = 16;

    private final Set<String> abbreviations;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Span> split(String text, int from, int to) {
        return split(text, from, to, new ArrayList<>());
    }

    /** As {@link #split(String, int, int)}; sentences longer than {@link #MAX_SENTENCE} are added to {@code cut}. */
    List<Span> split(String text, int from, int to, List<Span> cut) {
        List<Span> out = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!runsOn(text, i, from, to)) {
                    emit(text, start, i, out, cut);
                    start = i + 1;
                }
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < to && isCloser(text.charAt(j))) {
                    j++;
                }
                if (j >= to) {
                    i = j;
                    continue;
                }
                if (Character.isWhitespace(text.charAt(j)) && startsNew(text, j, to) && !(c == '.' && abbreviationBefore(text, i, from))) {
                    emit(text, start, j, out, cut);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        emit(text, start, to, out, cut);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '.';
    }

    private static boolean startsNew(String text, int j, int to) {
        int k = j;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= to) {
            return true;
        }
        char n = text.charAt(k);
        return Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '\u201c' || n == '\u2018'
                || n == '\u2022' || n == '*' || n == '(' || n == '[' || n == '-' || n == '\u2013' || n == '\u2014';
    }

    private boolean abbreviationBefore(String text, int dot, int from) {
        int b = dot;
        int stop = Math.max(from, dot - MAX_ABBREVIATION - 1);
        while (b > stop && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty() || b == stop && b > from) {
            // the letters run on further back: a word that long is no abbreviation
            return false;
        }
        // a single initial ("J. Smith") or an abbreviation from the data file
        return (word.length() == 1 && Character.isUpperCase(text.charAt(b))) || abbreviations.contains(word);
    }

    private static boolean runsOn(String text, int nl, int from, int to) {
        int p = nl - 1;
        while (p >= from && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        int n = nl + 1;
        while (n < to && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        if (p < from || n >= to || text.charAt(n) == '\n') {
            return false;
        }
        char before = text.charAt(p);
        char after = text.charAt(n);
        return (Character.isLowerCase(before) || before == ',') && Character.isLowerCase(after);
    }

    private static void emit(String text, int s, int e, List<Span> out, List<Span> cut) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s > MAX_SENTENCE) {
            cut.add(new Span(s, e));
            while (e - s > MAX_SENTENCE) {
                int at = pieceEnd(text, s, s + MAX_SENTENCE);
                emit(text, s, at, out, cut);
                s = at;
            }
            emit(text, s, e, out, cut);
            return;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    /** Where a piece of an over-long sentence ends: after the last white space in its second half, else at limit. */
    private static int pieceEnd(String text, int s, int limit) {
        for (int i = limit; i > s + MAX_SENTENCE / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }
}
