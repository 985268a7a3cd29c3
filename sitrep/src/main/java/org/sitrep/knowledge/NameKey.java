package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Turns names into comparable token lists: Latin-ASCII folding (diacritics, curly quotes), lower case,
 * tokens of letters and digits only, so "Al-Nusra", "al Nusra" and "AL‑NUSRA" agree.
 * Arabic script is kept as its own tokens (it matches Arabic aliases).
 */
public final class NameKey {
    private NameKey() {
    }

    /**
     * Tokens of a name, folded: the runs of letters and digits of {@link #fold}, as {@link #tokenize} splits it,
     * read without its offset records (linking asks it of every report's place names).
     */
    public static List<String> tokens(String name) {
        String s = fold(name);
        List<String> out = new ArrayList<>(4);
        runs(s, (start, end) -> out.add(s.substring(start, end)));
        return Collections.unmodifiableList(out);
    }

    /** What is done with each run of letters and digits, given its offsets. */
    @FunctionalInterface
    interface RunSink {
        void run(int start, int end);
    }

    /** The runs of letters and digits of {@code s}, left to right. */
    private static void runs(String s, RunSink sink) {
        runs(s, 0, s.length(), sink);
    }

    /**
     * The runs of letters and digits of {@code s} between {@code from} and {@code n}, with offsets in {@code s}: the
     * one split of {@link #tokens}, tokenize and {@link ScanTokens}' ASCII tokeniser.
     */
    static void runs(String s, int from, int n, RunSink sink) {
        int i = from;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                sink.run(start, i);
            }
        }
    }

    /** One string key for a name: its folded tokens joined by single spaces. */
    public static String of(String name) {
        return ascii(name) ? ofAscii(name) : String.join(" ", tokens(name));
    }

    /**
     * {@link #of} of an ASCII name in one pass, without a token list: it is asked for names many times a document
     * (sources, parties, merged events), and ASCII folds to its lower case letter by letter.
     */
    static String ofAscii(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean inWord = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return b.toString();
    }

    private static boolean ascii(String s) {
        return ascii(s, 0, s.length());
    }

    /** Whether {@code s[from, to)} is plain ASCII, which folds to its lower case letter by letter. */
    static boolean ascii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String fold(String s) {
        // plain ASCII folds to itself: skip the (costly) transliterator on the common case
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        // Latin-ASCII keeps length for nearly all characters we meet; Arabic stays Arabic here so offsets hold.
        // The folder remembers each character's folding, so a curly quote no longer sends a whole text through ICU.
        return LatinFolder.shared().fold(s).toLowerCase(Locale.ROOT);
    }

    record Token(String text, int start, int end) {
    }

    /** Tokens with offsets into the given string. */
    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        runs(s, (start, end) -> out.add(new Token(s.substring(start, end), start, end)));
        return out;
    }
}
