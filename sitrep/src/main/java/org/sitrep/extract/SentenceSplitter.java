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
    private final Set<String> abbreviations;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!runsOn(text, i, from, to)) {
                    emit(text, start, i, out);
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
                    emit(text, start, j, out);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        emit(text, start, to, out);
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
        while (b > from && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String word = text.substring(b, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
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

    private static void emit(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
