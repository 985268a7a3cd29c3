package org.sitrep.link;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.HashBits;

/**
 * Content-word overlap of two evidence sentences (Dice coefficient over word hashes), a tie-breaker for
 * linking. Words are letter/digit runs, lower-cased, plural 's' cut, function words from {@code stopwords.txt}
 * and words under three characters left out. Thread-safe.
 */
public final class TextSimilarity {
    private final Set<String> stopwords;
    /** The stopwords' hash codes: a word whose hash is not among them is no stopword. */
    private final HashBits stopwordHashes;

    private static final class Holder {
        static final TextSimilarity INSTANCE = new TextSimilarity(load());
    }

    private TextSimilarity(Set<String> stopwords) {
        this.stopwords = stopwords;
        this.stopwordHashes = HashBits.of(stopwords, 16);
    }

    public static TextSimilarity standard() {
        return Holder.INSTANCE;
    }

    private static Set<String> load() {
        Set<String> s = new HashSet<>();
        for (DataRow l : LinkData.lines("stopwords.txt")) {
            String w = l.col(0);
            if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ")) {
                throw l.error("stopwords are single lower-case words: " + w);
            }
            s.add(w);
        }
        return Set.copyOf(s);
    }

    /**
     * Sorted distinct hashes of the content words of a text. A word's hash is its string's hash code, summed as its
     * letters are read; a string is made only of a word that may be a stopword (its hash among theirs), so the
     * stopword test stays exact while most words of a sentence are never copied.
     */
    public int[] words(String text) {
        int[] out = new int[16];
        int n = 0;
        char[] w = new char[32];
        int len = 0;
        int hash = 0;
        int withoutLast = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (len == w.length) {
                    w = Arrays.copyOf(w, len * 2);
                }
                char lower = Character.toLowerCase(c);
                w[len++] = lower;
                withoutLast = hash;
                hash = 31 * hash + lower;
                continue;
            }
            if (len >= 3 && !(stopwordHashes.mayHold(hash) && stopwords.contains(new String(w, 0, len)))) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                // the plural 's' cut: the hash of the word without its last letter
                out[n++] = len > 3 && w[len - 1] == 's' && w[len - 2] != 's' ? withoutLast : hash;
            }
            len = 0;
            hash = 0;
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return distinct(sorted);
    }

    /** The sorted values once each. */
    private static int[] distinct(int[] sorted) {
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (k == 0 || sorted[i] != sorted[k - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        return k == sorted.length ? sorted : Arrays.copyOf(sorted, k);
    }

    /** Dice coefficient of two sorted hash sets; 0 when either is empty. */
    public static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
