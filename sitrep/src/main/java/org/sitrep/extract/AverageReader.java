package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds rates and averages in a sentence: "an average of 6.8 per day", "averaged 12 strikes a week",
 * "~4 strikes per day". They are count observations, never events: the number is a rate over a period, not a
 * number of acts on one occasion.
 */
final class AverageReader {
    private static final Set<String> UNITS = ClosedClass.of("units");
    private static final Set<String> PER = ClosedClass.of("per");
    private static final Set<String> APPROX = ClosedClass.of("approx");

    /**
     * A rate over tokens [start, end): the number as written ({@code value}, may be a decimal), the number's
     * token, the event noun between number and unit (or -1), the unit, and whether it is an explicit average.
     */
    record Rate(int start, int end, double value, int number, int noun, String unit, boolean average,
                boolean approximate) {
        /** The whole part: the conservative count when the rate is not a whole number. */
        int floor() {
            return (int) Math.floor(value);
        }

        String valueText() {
            return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
        }
    }

    private final TriggerLexicon triggerLex;
    private final NumberReader numbers;

    AverageReader(TriggerLexicon triggerLex, NumberReader numbers) {
        this.triggerLex = triggerLex;
        this.numbers = numbers;
    }

    List<Rate> read(List<Token> toks) {
        List<Rate> out = new ArrayList<>();
        if (!hasRateUnit(toks)) {
            return out;
        }
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            int start = i;
            boolean average = false;
            int p = i;
            if (toks.get(p).is("average") && p + 1 < n && toks.get(p + 1).is("of")) {
                average = true;
                start = p > 0 && (toks.get(p - 1).is("an") || toks.get(p - 1).is("the")) ? p - 1 : p;
                p += 2;
            } else if (toks.get(p).is("averaged") || toks.get(p).is("averaging")) {
                average = true;
                p += 1;
            }
            boolean approx = false;
            if (p < n && APPROX.contains(toks.get(p).lower())) {
                approx = true;
                p++;
            }
            if (p >= n) {
                continue;
            }
            Double value = value(toks, p);
            if (value == null) {
                continue;
            }
            int num = p;
            int q = numberEnd(toks, p);
            int noun = -1;
            if (q < n) {
                PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, q);
                if (m != null && m.value().has("count")) {
                    noun = q;
                    q = m.end();
                }
            }
            if (q + 1 < n && PER.contains(toks.get(q).lower()) && UNITS.contains(toks.get(q + 1).lower())
                    && (average || noun >= 0)) {
                if (!average && !approx && start == num && num > 0 && APPROX.contains(toks.get(num - 1).lower())) {
                    approx = true;
                }
                int s = approx && !average && num > 0 && APPROX.contains(toks.get(num - 1).lower()) ? num - 1 : start;
                out.add(new Rate(s, q + 2, value, num, noun, toks.get(q + 1).lower(), average, approx));
                i = q + 1;
            }
        }
        return out;
    }

    /** The number at token p: digits (decimals allowed) or a number word; null when there is none. */
    private Double value(List<Token> toks, int p) {
        Token t = toks.get(p);
        if (t.isNumber()) {
            try {
                return Double.parseDouble(t.text().replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        NumberReader.Hit h = numbers.at(toks, p, Math.min(toks.size(), p + 3));
        return h != null && h.value() != null && h.start() == p && !h.hedged() ? (double) h.value() : null;
    }

    /**
     * Whether a word of {@code per} comes right before a unit ("per day", "a week") anywhere in the sentence: every
     * rate ends so, and most sentences have no such pair, so they are passed over without reading a number at each
     * of their tokens.
     */
    private static boolean hasRateUnit(List<Token> toks) {
        for (int k = 0; k + 1 < toks.size(); k++) {
            if (PER.contains(toks.get(k).lower()) && UNITS.contains(toks.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private int numberEnd(List<Token> toks, int p) {
        if (toks.get(p).isNumber()) {
            return p + 1;
        }
        NumberReader.Hit h = numbers.at(toks, p, Math.min(toks.size(), p + 3));
        return h == null ? p + 1 : h.end();
    }
}
