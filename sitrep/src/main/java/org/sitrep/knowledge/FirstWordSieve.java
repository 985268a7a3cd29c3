package org.sitrep.knowledge;

import java.util.Collection;

/**
 * Which words can start a lexicon's names, as one bit per hash code bucket: a word whose bit is clear is surely
 * not a first word, so a scan passes over it without a look-up in the lexicon's (large, cache-cold) map. A set
 * bit only says "maybe"; the map answers then. About eight bits a word, so most non-names are ruled out by one read
 * of a small array. Immutable.
 */
final class FirstWordSieve {
    private final long[] bits;
    private final int mask;

    private FirstWordSieve(long[] bits) {
        this.bits = bits;
        this.mask = bits.length * 64 - 1;
    }

    static FirstWordSieve of(Collection<String> words) {
        int want = Math.max(64, words.size() * 8);
        int size = Integer.highestOneBit(want - 1) << 1; // a power of two, at least want
        long[] bits = new long[size / 64];
        FirstWordSieve sieve = new FirstWordSieve(bits);
        for (String w : words) {
            int b = sieve.bit(w);
            bits[b >>> 6] |= 1L << b;
        }
        return sieve;
    }

    /** False only for words that start no name. */
    boolean mayStart(String word) {
        int b = bit(word);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    private int bit(String word) {
        int h = word.hashCode();
        // spread the high bits down, as the look-up map does, so words differing only there do not collide
        return (h ^ (h >>> 16)) & mask;
    }
}
