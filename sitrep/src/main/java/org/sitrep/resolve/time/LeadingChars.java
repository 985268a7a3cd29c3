package org.sitrep.resolve.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ASCII characters a pattern's match may begin with, found once by asking the pattern itself: a rule of the time
 * grammar is then not tried where the text's character can begin none of its matches, which is most token starts
 * for most rules (a month rule near a number, a year rule at a word). Any other character may begin a match.
 * Likewise for the ASCII character after a leading one: a month rule may begin at "m" but not at "mo" ("more",
 * "most"), so most token starts that pass the first character are ruled out by the second without the matcher.
 * Immutable.
 * <p>
 * A character is ruled out only when matching the pattern at it fails without the matcher reaching past it
 * ({@link Matcher#hitEnd()} false): then no text going on from that character can match there either. The probe has
 * no text before the character; the patterns look behind only to rule matches out (negative look-behinds and word
 * bounds), so text before it can only make a match fail, never succeed where the probe failed. A pair is ruled out
 * the same way, by matching at the two characters alone.
 */
final class LeadingChars {
    private final long[] ascii = new long[2];
    /** For each leading ASCII character, the ASCII characters that may come second (two longs of bits each). */
    private final long[][] second = new long[128][];

    private LeadingChars() {
    }

    /**
     * The leading characters of a pattern: from the table computed at build time ({@link LeadingCharsTable}) when it
     * holds the pattern, else found by probing (about 150,000 matches over the grammar, half of the engine's build on
     * a cold start).
     */
    static LeadingChars of(Pattern pattern) {
        LeadingChars known = LeadingCharsTable.shipped().get(pattern);
        return known != null ? known : probe(pattern);
    }

    /** Found by asking the pattern, character by character and pair by pair. */
    static LeadingChars probe(Pattern pattern) {
        LeadingChars lead = new LeadingChars();
        for (char c = 0; c < 128; c++) {
            if (mayBegin(pattern, String.valueOf(c))) {
                lead.ascii[c >>> 6] |= 1L << c;
                lead.second[c] = seconds(pattern, c);
            }
        }
        return lead;
    }

    /** The ASCII characters that may follow {@code first} in a match beginning with it, as bits. */
    private static long[] seconds(Pattern pattern, char first) {
        long[] bits = new long[2];
        char[] pair = {first, 0};
        for (char c = 0; c < 128; c++) {
            pair[1] = c;
            if (mayBegin(pattern, String.valueOf(pair))) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    /** Whether a match may begin with {@code probe}: it matches there, or matching it reached past its end. */
    private static boolean mayBegin(Pattern pattern, String probe) {
        Matcher m = pattern.matcher(probe);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * The bits as hex words: the first characters' two, then for each first character in order the two of its
     * second characters ({@link #decode} reads them back).
     */
    String encode() {
        StringBuilder b = new StringBuilder();
        word(b, ascii[0]).append(' ');
        word(b, ascii[1]);
        for (int c = 0; c < 128; c++) {
            if (second[c] != null) {
                word(b.append(' '), second[c][0]).append(' ');
                word(b, second[c][1]);
            }
        }
        return b.toString();
    }

    private static StringBuilder word(StringBuilder b, long bits) {
        String h = Long.toHexString(bits);
        return b.append("0".repeat(16 - h.length())).append(h);
    }

    /** The bits {@link #encode} wrote; an IllegalArgumentException when the words do not fit. */
    static LeadingChars decode(String words) {
        String[] w = words.split(" ");
        LeadingChars lead = new LeadingChars();
        if (w.length < 2) {
            throw new IllegalArgumentException("expected at least two hex words");
        }
        lead.ascii[0] = Long.parseUnsignedLong(w[0], 16);
        lead.ascii[1] = Long.parseUnsignedLong(w[1], 16);
        int k = 2;
        for (char c = 0; c < 128; c++) {
            if (lead.mayLead(c)) {
                if (k + 1 >= w.length) {
                    throw new IllegalArgumentException("too few hex words for the leading characters");
                }
                lead.second[c] = new long[] {Long.parseUnsignedLong(w[k], 16), Long.parseUnsignedLong(w[k + 1], 16)};
                k += 2;
            }
        }
        if (k != w.length) {
            throw new IllegalArgumentException("more hex words than leading characters");
        }
        return lead;
    }

    /** False only for a character no match of the pattern begins with. */
    boolean mayLead(char c) {
        return c >= 128 || (ascii[c >>> 6] & (1L << c)) != 0;
    }

    /**
     * False only where no match of the pattern begins at {@code at} of {@code text}, the match ending by {@code end}:
     * its first character, or its first two ASCII characters, begin none.
     */
    boolean mayLead(CharSequence text, int at, int end) {
        char c = text.charAt(at);
        if (c >= 128) {
            return true;
        }
        if ((ascii[c >>> 6] & (1L << c)) == 0) {
            return false;
        }
        if (at + 1 >= end) {
            return true;
        }
        char d = text.charAt(at + 1);
        return d >= 128 || (second[c][d >>> 6] & (1L << d)) != 0;
    }
}
