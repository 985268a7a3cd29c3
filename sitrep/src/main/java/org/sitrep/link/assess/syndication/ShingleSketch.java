package org.sitrep.link.assess.syndication;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The minima of a {@link Fingerprint}, taken from a text read once, front to back: only the last
 * {@link Fingerprint#SHINGLE} words are held, so a 20 MB document costs what a short one does, not a list of its
 * three million words. The words are those of {@link Fingerprint#of}: letters and digits of the text folded to NFKD
 * and lower case. The text is folded a piece at a time; a piece ends before an ASCII white-space character, where
 * neither folding looks across (decomposition and the reordering of combining marks stop at a character of class 0,
 * and lower case's one rule of context, Greek final sigma, stops at a word boundary), so the words are the same as
 * from the whole text folded at once. Not thread-safe; one per text.
 */
final class ShingleSketch {
    /** Characters folded at a time (a piece runs on to the next white space). */
    static final int PIECE = 1 << 16;

    private final int piece;
    private final int[] mins = new int[Fingerprint.HASHES];
    private final long[] values = new long[Fingerprint.HASHES];
    private final byte[][] window = new byte[Fingerprint.SHINGLE][];
    private final int[] windowLength = new int[Fingerprint.SHINGLE];
    private long words;
    private byte[] word = new byte[32];
    private int wordLength;

    ShingleSketch() {
        this(PIECE);
    }

    /** A sketch folding {@code piece} characters at a time (small pieces test the joins). */
    ShingleSketch(int piece) {
        this.piece = piece;
        Arrays.fill(mins, Integer.MAX_VALUE);
        for (int i = 0; i < window.length; i++) {
            window[i] = new byte[32];
        }
    }

    /** Reads text[start, end); a word may continue from the previous call (call {@link #separate()} if not). */
    ShingleSketch add(CharSequence text, int start, int end) {
        int at = start;
        while (at < end) {
            int stop = pieceEnd(text, at, end, piece);
            String piece = Normalizer.normalize(text.subSequence(at, stop), Normalizer.Form.NFKD)
                    .toLowerCase(Locale.ROOT);
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    append(c);
                } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    endWord();
                }
            }
            at = stop;
        }
        return this;
    }

    /** Ends the word in hand, as a separating character between two texts would. */
    ShingleSketch separate() {
        endWord();
        return this;
    }

    /** The minima over all shingles read; a text of fewer words than a shingle is one shingle of them all. */
    int[] minima() {
        endWord();
        if (words > 0 && words < Fingerprint.SHINGLE) {
            offer((int) words);
        }
        return mins.clone();
    }

    /** Where the piece starting at {@code at} ends: at the first ASCII white space from {@code piece} chars on. */
    private static int pieceEnd(CharSequence text, int at, int end, int piece) {
        int stop = at + piece;
        if (stop >= end) {
            return end;
        }
        while (stop < end && !asciiSpace(text.charAt(stop))) {
            stop++;
        }
        return stop;
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** Appends a letter or digit as UTF-8 (never a surrogate: those are not letters or digits as chars). */
    private void append(char c) {
        if (wordLength + 3 > word.length) {
            word = Arrays.copyOf(word, word.length * 2);
        }
        if (c < 0x80) {
            word[wordLength++] = (byte) c;
        } else if (c < 0x800) {
            word[wordLength++] = (byte) (0xC0 | (c >> 6));
            word[wordLength++] = (byte) (0x80 | (c & 0x3F));
        } else {
            word[wordLength++] = (byte) (0xE0 | (c >> 12));
            word[wordLength++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            word[wordLength++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void endWord() {
        if (wordLength == 0) {
            return;
        }
        int slot = (int) (words % Fingerprint.SHINGLE);
        if (window[slot].length < wordLength) {
            window[slot] = new byte[word.length];
        }
        System.arraycopy(word, 0, window[slot], 0, wordLength);
        windowLength[slot] = wordLength;
        wordLength = 0;
        words++;
        if (words >= Fingerprint.SHINGLE) {
            offer(Fingerprint.SHINGLE);
        }
    }

    /** Takes the shingle of the last {@code size} words into the minima. */
    private void offer(int size) {
        long base = Fingerprint.shingleHash(window, windowLength, words - size, words);
        Fingerprint.lowerMinima(base, values, mins);
    }
}
