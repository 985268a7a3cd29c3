package org.sitrep.extract;

import java.util.List;
import java.util.Set;

/**
 * Reads an amount at a token position with ACLED's conservative rules: ranges give their lower bound
 * ("3000-3500", "between 3 and 5"), hedges keep the number ("at least 50", "about a dozen"), vague plurals
 * use numbers.tsv ("dozens" 12, "tens" 10, "hundreds" 100, "scores" 20) and multiply a plural multiplier after
 * "of" ("tens of thousands" 10000, "hundreds of thousands" 100000). Decimals are not counts unless a multiplier
 * makes them whole ("1.5 million"): alone they read as a hit with a null value so callers can tell "4.2 airstrikes"
 * from no number at all.
 */
final class NumberReader {
    /** An amount over tokens [start, end); value null when the amount is not a whole number. */
    record Hit(Integer value, int start, int end, boolean hedged) {
    }

    private static final Set<String> HEDGES_1 = ClosedClass.of("hedges");
    private static final Set<String> HEDGE_FIRST = ClosedClass.of("hedge-first");

    private final NumberWords numberLex;

    NumberReader(NumberWords numberLex) {
        this.numberLex = numberLex;
    }

    /** The amount starting exactly at token i (hedge words included), or null. */
    Hit at(List<Token> toks, int i, int limit) {
        int s = i;
        int j = i;
        boolean hedged = false;
        boolean between = false;
        // hedge words: "at least", "more than", "up to", "an estimated", "about", "some", "~"
        while (j < limit) {
            Token t = toks.get(j);
            if (HEDGE_FIRST.contains(t.lower()) && j + 1 < limit && HEDGES_1.contains(toks.get(j + 1).lower())) {
                j += 2;
                hedged = true;
            } else if (HEDGES_1.contains(t.lower()) && !t.is("to") && !t.is("than") && !t.is("least")) {
                between |= t.is("between");
                j++;
                hedged = true;
            } else {
                break;
            }
        }
        Hit core = core(toks, j, limit);
        if (core == null) {
            return null;
        }
        int end = core.end();
        // ranges: "3000-3500" (glued), "3 to 5", "3 or 4", "between 3 and 5": keep the lower bound
        if (end < limit && toks.get(end).isNumber() && toks.get(end).glued()) {
            end++;
        } else if (end + 1 < limit && (toks.get(end).is("to") || toks.get(end).is("or")
                || (between && toks.get(end).is("and")))) {
            Hit second = core(toks, end + 1, limit);
            if (second != null) {
                end = second.end();
            }
        }
        return new Hit(core.value(), s, end, hedged || core.hedged());
    }

    private Hit core(List<Token> toks, int j, int limit) {
        if (j >= limit) {
            return null;
        }
        Token t = toks.get(j);
        Integer value = null;
        int end;
        if (t.isNumber()) {
            String digits = t.text().replace(",", "");
            if (digits.contains(".")) {
                return decimal(toks, j, limit, digits);
            }
            try {
                value = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return null;
            }
            end = j + 1;
        } else {
            PhraseSet.Match<Integer> m = numberLex.numberWords().at(toks, j, limit);
            if (m == null) {
                return null;
            }
            value = m.value();
            end = m.end();
            // "twenty-five", "twenty five"
            if (value >= 20 && value < 100 && value % 10 == 0 && end < limit) {
                PhraseSet.Match<Integer> unit = numberLex.numberWords().at(toks, end, limit);
                if (unit != null && unit.value() < 10) {
                    value += unit.value();
                    end = unit.end();
                }
            }
        }
        if (end < limit) {
            Integer mult = numberLex.multipliers().get(toks.get(end).lower());
            if (mult != null) {
                long v = (long) value * mult;
                value = v > Integer.MAX_VALUE ? null : (int) v;
                end++;
            } else if (!t.isNumber() && end + 1 < limit && toks.get(end).is("of")) {
                // "hundreds of thousands", "tens of thousands": a vague plural of a multiplier multiplies it
                Integer plural = pluralMultiplier(toks.get(end + 1));
                if (plural != null) {
                    long v = (long) value * plural;
                    value = v > Integer.MAX_VALUE ? null : (int) v;
                    end += 2;
                }
            }
        }
        return new Hit(value, j, end, false);
    }

    /** "thousands" gives 1000 when "thousand" multiplies; null for any other word. */
    private Integer pluralMultiplier(Token t) {
        String w = t.lower();
        return w.length() > 1 && w.endsWith("s") ? numberLex.multipliers().get(w.substring(0, w.length() - 1)) : null;
    }

    /**
     * A decimal is a count only with a multiplier that makes it whole ("1.5 million" is 1500000, rounded down);
     * alone ("4.2 airstrikes") it is a hit without a value.
     */
    private Hit decimal(List<Token> toks, int j, int limit, String digits) {
        Integer mult = j + 1 < limit ? numberLex.multipliers().get(toks.get(j + 1).lower()) : null;
        if (mult == null) {
            return new Hit(null, j, j + 1, false);
        }
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(digits).multiply(java.math.BigDecimal.valueOf(mult));
            long whole = v.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
            return new Hit(whole > Integer.MAX_VALUE ? null : (int) whole, j, j + 2, false);
        } catch (NumberFormatException | ArithmeticException e) {
            return new Hit(null, j, j + 2, false);
        }
    }

    /** The first amount starting in [from, to), or null. */
    Hit first(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            Hit h = at(toks, i, to);
            if (h != null) {
                return h;
            }
        }
        return null;
    }
}
