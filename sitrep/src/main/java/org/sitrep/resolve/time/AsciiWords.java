package org.sitrep.resolve.time;

/**
 * The runs of ASCII letters in a stretch of text, left to right: what {@code [A-Za-z]+} finds in that region, read
 * by hand. The tense reader walks the words around every time expression of a text, and a matcher searching for
 * each word was much of its cost. Not thread-safe; one per walk.
 */
final class AsciiWords {
    private final String text;
    private final int to;
    private int start;
    private int end;

    /** The words of {@code text[from, to)}; a word running on past either end is cut there, as in a region. */
    AsciiWords(String text, int from, int to) {
        this.text = text;
        this.to = to;
        this.end = from;
    }

    /** Moves to the next word; false when there is none before the end of the stretch. */
    boolean next() {
        int i = end;
        while (i < to && !letter(text.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        start = i;
        while (i < to && letter(text.charAt(i))) {
            i++;
        }
        end = i;
        return true;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String word() {
        return text.substring(start, end);
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
