package org.sitrep.link.assess.syndication;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.text.Normalizer;
import org.sitrep.model.Document;
import org.sitrep.model.Section;

/**
 * A MinHash signature of a document's body text: for each of {@link #HASHES} seeded hash functions, the least
 * hash over the text's word shingles ({@link #SHINGLE} words each). The share of equal positions in two
 * signatures estimates the Jaccard similarity of the two shingle sets, so reposts and shared wire copy score
 * near 1 while two stories on the same subject score low. Seeds are fixed, so fingerprints stored today compare
 * with fingerprints computed later. Immutable.
 */
public final class Fingerprint {
    public static final int HASHES = 128;
    public static final int SHINGLE = 5;
    private static final long[] SEEDS = seeds();

    private final int[] mins;

    private Fingerprint(int[] mins) {
        this.mins = mins;
    }

    /**
     * The fingerprint of what a copy of a document would share: its body and quoted sections, not its menus,
     * comments or boilerplate (the single-process recorder and the Spark job both take it so).
     */
    public static Fingerprint ofReportingSections(Document d) {
        StringBuilder b = new StringBuilder();
        for (Section section : d.sections()) {
            if (section.kind().yieldsReports()) {
                b.append(d.text(), section.span().start(), section.span().end()).append('\n');
            }
        }
        return of(b.toString());
    }

    /** The fingerprint of a text; a text without words gets a signature that matches nothing. */
    public static Fingerprint of(String text) {
        List<String> words = words(text);
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        if (words.isEmpty()) {
            return new Fingerprint(mins);
        }
        byte[][] utf8 = new byte[words.size()][];
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
        }
        long[] values = new long[HASHES];
        int n = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            long base = shingleHash(utf8, i, Math.min(words.size(), i + SHINGLE));
            // the values first, in a loop of its own with nothing but arithmetic (the compiler can run it on
            // several lanes at once), then their minima: most of fingerprinting a document
            for (int h = 0; h < HASHES; h++) {
                values[h] = mix(base ^ SEEDS[h]) >>> 33;  // non-negative 31-bit value
            }
            for (int h = 0; h < HASHES; h++) {
                int v = (int) values[h];
                if (v < mins[h]) {
                    mins[h] = v;
                }
            }
        }
        return new Fingerprint(mins);
    }

    /**
     * {@link #hash64} of the words [from, to) joined by single spaces, from the words' UTF-8 bytes (a shingle's
     * string is never built).
     */
    private static long shingleHash(byte[][] utf8, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (byte b : utf8[w]) {
                h ^= b & 0xff;
                h *= 0x100000001b3L;
            }
        }
        return mix(h);
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
    public double jaccard(Fingerprint other) {
        if (isEmpty() || other.isEmpty()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (mins[i] == other.mins[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** True for the fingerprint of a text without words. */
    public boolean isEmpty() {
        return mins[0] == Integer.MAX_VALUE;
    }

    /** A copy of the signature values. */
    public int[] values() {
        return mins.clone();
    }

    /** Rebuilds a fingerprint from {@link #values()}. */
    public static Fingerprint ofValues(int[] values) {
        if (values == null || values.length != HASHES) {
            throw new IllegalArgumentException("a fingerprint has " + HASHES + " values, got "
                    + (values == null ? "none" : values.length));
        }
        return new Fingerprint(values.clone());
    }

    /** Compact form for storage: {@link #HASHES} big-endian ints (512 bytes). */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int v : mins) {
            b.putInt(v);
        }
        return b.array();
    }

    public static Fingerprint fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != HASHES * Integer.BYTES) {
            throw new IllegalArgumentException("a stored fingerprint has " + HASHES * Integer.BYTES + " bytes, got "
                    + (bytes == null ? "none" : bytes.length));
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] v = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            v[i] = b.getInt();
        }
        return new Fingerprint(v);
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(toBytes());
    }

    public static Fingerprint fromBase64(String s) {
        try {
            return fromBytes(Base64.getDecoder().decode(s));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a stored fingerprint: " + e.getMessage(), e);
        }
    }

    /** Value at one position (for banding). */
    int value(int i) {
        return mins[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(mins, f.mins);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mins);
    }

    /** Lower-cased words of letters and digits, accents folded, so markup and punctuation do not matter. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** FNV-1a over UTF-8 bytes, then mixed: stable across JVMs (unlike String.hashCode's spread). */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a good 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        // fixed seed: changing it invalidates every stored fingerprint
        SplittableRandom r = new SplittableRandom(0x5174_2e9_11L);
        long[] s = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            s[i] = r.nextLong();
        }
        return s;
    }
}
