package org.sitrep.link;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.knowledge.DataRow;

/**
 * Content-word overlap of two evidence sentences (Dice coefficient over word hashes), a tie-breaker for
 * linking. Words are letter/digit runs, lower-cased, plural 's' cut, function words from {@code stopwords.txt}
 * and words under three characters left out. Thread-safe.
 */
public final class TextSimilarity {
    private final Set<String> stopwords;

    private static final class Holder {
        static final TextSimilarity INSTANCE = new TextSimilarity(load());
    }

    private TextSimilarity(Set<String> stopwords) {
        this.stopwords = stopwords;
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

    /** Sorted distinct hashes of the content words of a text. */
    public int[] words(String text) {
        int[] out = new int[16];
        int n = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            if (w.length() >= 3) {
                String s = w.toString();
                if (!stopwords.contains(s)) {
                    if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
                        s = s.substring(0, s.length() - 1);
                    }
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = s.hashCode();
                }
            }
            w.setLength(0);
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
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
