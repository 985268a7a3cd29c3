package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-case word sequences mapped to values, matched against tokens by longest match. Hyphens and spaces in a
 * phrase are the same, as they are in the tokens. Immutable once built.
 */
final class PhraseSet<V> {
    record Entry<V>(String[] words, V value) {
    }

    /** A match covering tokens [start, end). */
    record Match<V>(int start, int end, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    /**
     * One bit per hash code bucket of the first words, about eight bits a word: a token whose bit is clear starts no
     * phrase, told by one read of a small array instead of a look-up in the map (each sentence asks of every token).
     */
    private long[] firstBits = new long[1];
    private int size;
    private boolean frozen;

    static String[] words(String phrase) {
        return phrase.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s\\-]+");
    }

    /** Adds a phrase; returns false when the same phrase was already there (the first value stays). */
    boolean add(String phrase, V value) {
        if (frozen) {
            throw new IllegalStateException("a loaded phrase set is read-only");
        }
        String[] w = words(phrase);
        List<Entry<V>> list = byFirst.get(w[0]);
        if (list == null) {
            list = new ArrayList<>(2);
            byFirst.put(w[0], list);
            markFirst(w[0]);
        }
        for (Entry<V> e : list) {
            if (java.util.Arrays.equals(e.words, w)) {
                return false;
            }
        }
        list.add(new Entry<>(w, value));
        // longest first, so the first full match is the longest
        list.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        size++;
        return true;
    }

    private void markFirst(String word) {
        if (byFirst.size() * 8 > firstBits.length * 64) {
            firstBits = new long[firstBits.length * 2];
            for (String w : byFirst.keySet()) {
                setBit(w);
            }
        } else {
            setBit(word);
        }
    }

    private void setBit(String word) {
        int b = bit(word);
        firstBits[b >>> 6] |= 1L << b;
    }

    private int bit(String word) {
        int h = word.hashCode();
        return (h ^ (h >>> 16)) & (firstBits.length * 64 - 1);
    }

    /** False only for a word that starts no phrase. */
    private boolean mayStart(String lowerWord) {
        int b = bit(lowerWord);
        return (firstBits[b >>> 6] & (1L << b)) != 0;
    }

    /** Makes the set read-only: lexicons freeze their sets once loaded, so every extractor sees the same data. */
    PhraseSet<V> freeze() {
        frozen = true;
        return this;
    }

    int size() {
        return size;
    }

    boolean startsWith(String lowerWord) {
        return mayStart(lowerWord) && byFirst.containsKey(lowerWord);
    }

    /** Whether any phrase of the set starts at one of the tokens. */
    boolean foundIn(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (at(toks, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The longest phrase starting at token i, or null. Punctuation inside a phrase never matches. */
    Match<V> at(List<Token> toks, int i) {
        return at(toks, i, toks.size());
    }

    Match<V> at(List<Token> toks, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        String first = toks.get(i).lower();
        List<Entry<V>> list = mayStart(first) ? byFirst.get(first) : null;
        if (list == null) {
            return null;
        }
        for (Entry<V> e : list) {
            int n = e.words.length;
            if (i + n > limit) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = toks.get(i + k).lower().equals(e.words[k]);
            }
            if (ok) {
                return new Match<>(i, i + n, e.value);
            }
        }
        return null;
    }

    V get(String phrase) {
        String[] w = words(phrase);
        List<Entry<V>> list = byFirst.get(w[0]);
        if (list != null) {
            for (Entry<V> e : list) {
                if (java.util.Arrays.equals(e.words, w)) {
                    return e.value;
                }
            }
        }
        return null;
    }
}
