package org.sitrep.resolve.place;

import org.sitrep.model.Span;

/** Rough sentence bounds around a span, for when the caller gives no evidence sentence. */
final class Sentences {
    private Sentences() {
    }

    /** How far either side of a mention its sentence is looked for. */
    private static final int MAX_REACH = 2_000;

    static Span around(String text, Span span) {
        // a text without sentence ends is read no further than the extractor reads one sentence
        int start = span.start();
        int floor = Math.max(0, start - MAX_REACH);
        while (start > floor && !boundary(text, start - 1)) {
            start--;
        }
        int end = span.end();
        int ceiling = Math.min(text.length(), end + MAX_REACH);
        while (end < ceiling && !boundary(text, end)) {
            end++;
        }
        return new Span(start, Math.min(text.length(), end + (end < text.length() ? 1 : 0)));
    }

    /** A full stop, question or exclamation mark before white space, or a line break. */
    private static boolean boundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        // "10.5 km" and "U.S." are not boundaries: require white space after and no single capital before
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        boolean initial = i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
        return spaceAfter && !initial;
    }
}
