package org.sitrep.knowledge.places;

import org.sitrep.knowledge.NameKey;

/**
 * How alike two place names are, 0..1, tolerant of romanisation: identical keys score 1, identical consonant
 * skeletons at least {@link #SAME_SKELETON}, otherwise Jaro-Winkler on the loose forms.
 */
public final class NameSimilarity {
    public static final double SAME_SKELETON = 0.9;
    public static final double SHORT_SKELETON = 0.8;

    private NameSimilarity() {
    }

    public static double score(String a, String b) {
        return score(a, b, null);
    }

    /**
     * As {@link #score(String, String)}, given {@code b} as {@link SkeletonKey#romanised} gives it when that is
     * known already (the gazetteer's Arabic-script names, romanised at build time), else null.
     */
    static double score(String a, String b, String romanisedB) {
        if (NameKey.of(a).equals(NameKey.of(b))) {
            return 1.0;
        }
        String rb = romanisedB != null ? romanisedB : SkeletonKey.romanised(b);
        String la = SkeletonKey.loose(a);
        String lb = SkeletonKey.looseOfRomanised(rb);
        if (la.isEmpty() || lb.isEmpty()) {
            return 0;
        }
        if (la.equals(lb)) {
            return 0.97;
        }
        double jw = jaroWinkler(la, lb);
        String sa = SkeletonKey.of(a);
        if (!sa.isEmpty() && sa.equals(SkeletonKey.ofRomanised(rb))) {
            // two-consonant skeletons ("zz", "tr") are shared by many unrelated names: a weaker floor
            return Math.max(sa.length() >= 3 ? SAME_SKELETON : SHORT_SKELETON, jw);
        }
        return jw;
    }

    static double jaroWinkler(String s, String t) {
        int n = s.length();
        int m = t.length();
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] sm = new boolean[n];
        boolean[] tm = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - window);
            int hi = Math.min(m - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!tm[j] && s.charAt(i) == t.charAt(j)) {
                    sm[i] = true;
                    tm[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (sm[i]) {
                while (!tm[k]) {
                    k++;
                }
                if (s.charAt(i) != t.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double jaro = (matches / (double) n + matches / (double) m + (matches - transpositions / 2.0) / matches) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(n, m)) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
