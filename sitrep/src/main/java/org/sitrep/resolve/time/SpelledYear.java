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

    /** The number words of the lexicon (articles and vague quantities left out), by value. */
    private static final Map<String, Integer> NUMBERS = numberWords(TimeLexicon.standard());
    private static final Map<String, Integer> UNITS = within(1, 9, 1);
    private static final Map<String, Integer> TEENS = within(10, 19, 1);
    private static final Map<String, Integer> TENS = within(20, 90, 10);
    /** The first words of a spelled year from 1700 to 2099 ("seventeen" ... "twenty"). */
    private static final Map<String, Integer> CENTURIES = within(17, 20, 1);

    private static final String UNIT = "(?:" + Fragments.alt(UNITS.keySet()) + ")";
    private static final String TEEN = "(?:" + Fragments.alt(TEENS.keySet()) + ")";
    private static final String TEN = "(?:" + Fragments.alt(TENS.keySet()) + ")";
    /** Two spoken digits of a year: "ninety-six", "ninety six", "fifteen", "oh five", "hundred". */
    private static final String PAIR = "(?:" + TEN + "(?:[\\s-]+" + UNIT + ")?|" + TEEN + "|(?:oh|o)[\\s-]+" + UNIT
            + "|hundred(?:\\s+(?:and\\s+)?(?:" + TEN + "(?:[\\s-]+" + UNIT + ")?|" + TEEN + "|" + UNIT + "))?)";

    /**
     * A regex (no groups) matching a spelled-out year. "twenty" takes only a teen or a tens word after it
     * ("twenty fifteen"), so "twenty five" stays a number; "two thousand" needs the caller's context.
     */
    static final String PATTERN = "(?:(?:" + Fragments.alt(within(17, 19, 1).keySet()) + ")[\\s-]+" + PAIR + "|(?:"
            + Fragments.alt(within(20, 20, 1).keySet()) + ")[\\s-]+(?:" + TEEN
            + "|" + TEN + "(?:[\\s-]+" + UNIT + ")?)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:" + TEN + "(?:[\\s-]+"
            + UNIT + ")?|" + TEEN + "|" + UNIT + "))?)";

    /** Words one of which every spelled-out year contains. */
    static final List<String> TRIGGERS = java.util.stream.Stream.concat(CENTURIES.keySet().stream(),
            java.util.stream.Stream.of("thousand")).toList();

    private static Map<String, Integer> numberWords(TimeLexicon lex) {
        Map<String, Integer> out = new java.util.HashMap<>();
        lex.forms("number").forEach((form, value) -> {
            if (value.matches("\\d+") && form.length() >= 3 && !form.contains(" ")) {
                out.put(form, Integer.valueOf(value));
            }
        });
        return Map.copyOf(out);
    }

    /** The number words from lo to hi whose value is a multiple of step. */
    private static Map<String, Integer> within(int lo, int hi, int step) {
        Map<String, Integer> out = new java.util.HashMap<>();
        NUMBERS.forEach((w, v) -> {
            if (v >= lo && v <= hi && v % step == 0) {
                out.put(w, v);
            }
        });
        return Map.copyOf(out);
    }

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
