package org.sitrep.link;

import java.util.Collection;

/**
 * The hash codes of a set of strings as one bit per bucket: a hash whose bit is clear is no member's, so a word can
 * be ruled out of the set from its hash alone, before a string of it is made. A set bit only says "maybe".
 * Immutable.
 */
final class HashBits {
    private final long[] bits;
    private final int mask;

    private HashBits(long[] bits) {
        this.bits = bits;
        this.mask = bits.length * 64 - 1;
    }

    static HashBits of(Collection<String> strings) {
        int want = Math.max(64, strings.size() * 16);
        int size = Integer.highestOneBit(want - 1) << 1; // a power of two, at least want
        HashBits h = new HashBits(new long[size / 64]);
        for (String s : strings) {
            int b = h.bit(s.hashCode());
            h.bits[b >>> 6] |= 1L << b;
        }
        return h;
    }

    /** False only when no string of the set has this hash code. */
    boolean mayHold(int hash) {
        int b = bit(hash);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private int bit(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
