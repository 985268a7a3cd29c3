package org.sitrep.link.assess.syndication;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.SplittableRandom;
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
        ShingleSketch sketch = new ShingleSketch();
        for (Section section : d.sections()) {
            if (section.kind().yieldsReports()) {
                sketch.add(d.text(), section.span().start(), section.span().end()).separate();
            }
        }
        return new Fingerprint(sketch.minima());
    }

    /** The fingerprint of a text; a text without words gets a signature that matches nothing. */
    public static Fingerprint of(String text) {
        ShingleSketch sketch = new ShingleSketch();
        if (text != null) {
            sketch.add(text, 0, text.length());
        }
        return new Fingerprint(sketch.minima());
    }

    /**
     * {@link #hash64} of the words [from, to) joined by single spaces, from the words' UTF-8 bytes held in a ring
     * of {@link #SHINGLE} slots (word i in slot i mod SHINGLE; a shingle's string is never built).
     */
    static long shingleHash(byte[][] ring, int[] lengths, long from, long to) {
        long h = 0xcbf29ce484222325L;
        for (long w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            int slot = (int) (w % SHINGLE);
            byte[] bytes = ring[slot];
            for (int i = 0, n = lengths[slot]; i < n; i++) {
                h ^= bytes[i] & 0xff;
                h *= 0x100000001b3L;
            }
        }
        return mix(h);
    }

    /** Lowers each minimum to the shingle's value under that position's seed, where the value is less. */
    static void lowerMinima(long base, long[] values, int[] mins) {
        // the values first, in a loop of its own with nothing but arithmetic (the compiler can run it on several
        // lanes at once), then their minima: most of fingerprinting a document
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
