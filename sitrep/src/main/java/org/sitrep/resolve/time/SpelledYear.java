package org.sitrep.resolve.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads years written out in words, as transcripts and spoken-style news write them: "nineteen ninety-six",
 * "nineteen oh five", "eighteen twelve", "nineteen hundred", "two thousand", "two thousand and one",
 * "twenty fifteen". Stateless.
 */
final class SpelledYear {
    private SpelledYear() {
    }

    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);
    private static final Map<String, Integer> TEENS = Map.of("ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13,
            "fourteen", 14, "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> CENTURIES = Map.of("seventeen", 17, "eighteen", 18, "nineteen", 19,
            "twenty", 20);

    private static final String UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TEEN = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen)";
    private static final String TEN = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    /** Two spoken digits of a year: "ninety-six", "ninety six", "fifteen", "oh five", "hundred". */
    private static final String PAIR = "(?:" + TEN + "(?:[\\s-]+" + UNIT + ")?|" + TEEN + "|(?:oh|o)[\\s-]+" + UNIT
            + "|hundred(?:\\s+(?:and\\s+)?(?:" + TEN + "(?:[\\s-]+" + UNIT + ")?|" + TEEN + "|" + UNIT + "))?)";

    /**
     * A regex (no groups) matching a spelled-out year. "twenty" takes only a teen or a tens word after it
     * ("twenty fifteen"), so "twenty five" stays a number; "two thousand" needs the caller's context.
     */
    static final String PATTERN = "(?:(?:seventeen|eighteen|nineteen)[\\s-]+" + PAIR + "|twenty[\\s-]+(?:" + TEEN
            + "|" + TEN + "(?:[\\s-]+" + UNIT + ")?)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:" + TEN + "(?:[\\s-]+"
            + UNIT + ")?|" + TEEN + "|" + UNIT + "))?)";

    /** Words one of which every spelled-out year contains. */
    static final List<String> TRIGGERS = List.of("seventeen", "eighteen", "nineteen", "twenty", "thousand");

    /** The year a match of {@link #PATTERN} spells, or null when the words do not make one. */
    static Integer value(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).replace('-', ' ').trim().split("\\s+");
        if (w.length >= 2 && w[0].equals("two") && w[1].equals("thousand")) {
            Integer rest = below100(w, 2);
            return rest == null ? null : 2000 + rest;
        }
        Integer century = CENTURIES.get(w[0]);
        if (century == null) {
            return null;
        }
        int i = 1;
        if (i < w.length && w[i].equals("hundred")) {
            Integer rest = below100(w, i + 1);
            return rest == null ? null : century * 100 + rest;
        }
        if (i < w.length && (w[i].equals("oh") || w[i].equals("o"))) {
            Integer u = i + 1 < w.length ? UNITS.get(w[i + 1]) : null;
            return u == null || i + 2 != w.length ? null : century * 100 + u;
        }
        Integer rest = below100(w, i);
        return rest == null || rest < 10 ? null : century * 100 + rest;
    }

    /** The number the words from i on spell (0 when none are left), skipping a leading "and". */
    private static Integer below100(String[] w, int i) {
        if (i < w.length && w[i].equals("and")) {
            i++;
        }
        if (i == w.length) {
            return 0;
        }
        Integer teen = TEENS.get(w[i]);
        if (teen != null) {
            return i + 1 == w.length ? teen : null;
        }
        Integer unit = UNITS.get(w[i]);
        if (unit != null) {
            return i + 1 == w.length ? unit : null;
        }
        Integer ten = TENS.get(w[i]);
        if (ten == null) {
            return null;
        }
        if (i + 1 == w.length) {
            return ten;
        }
        Integer u = UNITS.get(w[i + 1]);
        return u != null && i + 2 == w.length ? ten + u : null;
    }
}
