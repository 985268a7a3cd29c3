package org.sitrep.knowledge;

import java.util.Collection;

/**
 * The hash codes of a set of strings as one bit per bucket: a string whose bit is clear is no member, so it is ruled
 * out by one read of a small array, before a look-up in a large (cache-cold) map, or before a string of it is even
 * made from its hash alone. A set bit only says "maybe". Used for the words that can start a lexicon's names and for
 * stopwords. Immutable.
 */
public final class HashBits {
    private final long[] bits;
    private final int mask;

    private HashBits(long[] bits) {
        this.bits = bits;
        this.mask = bits.length * 64 - 1;
    }

    /** About {@code bitsPerString} bits a member: more bits, fewer non-members let through. */
    public static HashBits of(Collection<String> strings, int bitsPerString) {
        int want = Math.max(64, strings.size() * bitsPerString);
        int size = Integer.highestOneBit(want - 1) << 1; // a power of two, at least want
        HashBits h = new HashBits(new long[size / 64]);
        for (String s : strings) {
            int b = h.bit(s.hashCode());
            h.bits[b >>> 6] |= 1L << b;
        }
        return h;
    }

    /** False only when no string of the set has this hash code ({@link String#hashCode}). */
    public boolean mayHold(int hash) {
        int b = bit(hash);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    /** False only for strings not in the set. */
    public boolean mayHold(String s) {
        return mayHold(s.hashCode());
    }

    private int bit(int hash) {
        // spread the high bits down, as a hash map does, so strings differing only there do not collide
        return (hash ^ (hash >>> 16)) & mask;
    }
}
