package org.sitrep.resolve.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds time expressions in text and reads their calendar fields, without anchoring them. The rules come by
 * construction ({@link AbsoluteDateRules}, {@link RelativeRules}, {@link PeriodRules}, {@link ClockRules}), built
 * once from the lexicon; matching keeps, of overlapping candidates, the longest (earlier rule on ties), and gives
 * each kept expression the tense of its clause ({@link TenseReader}). Immutable and thread-safe.
 */
final class TimeGrammar {
    private final RuleBook rules = new RuleBook();
    private final TenseReader tense;

    TimeGrammar(TimeLexicon lex) {
        Fragments f = Fragments.of(lex);
        // the order matters: on a tie in length and start, the earlier rule wins
        new AbsoluteDateRules(f).addTo(rules);
        new RelativeRules(f).addTo(rules);
        new PeriodRules(f).addTo(rules);
        new ClockRules(f).addTo(rules);
        this.tense = new TenseReader(lex);
    }

    /** All expressions, left to right, none overlapping. */
    List<Parse> parse(String text) {
        List<Parse> all = rules.candidates(text);
        all.sort(Comparator.comparingInt(Parse::length).reversed().thenComparingInt(Parse::start));
        List<Parse> kept = new ArrayList<>();
        for (Parse p : all) {
            boolean free = true;
            for (Parse k : kept) {
                if (p.start() < k.end() && k.start() < p.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(p.withTense(tense.tenseAround(text, p)));
            }
        }
        kept.sort(Comparator.comparingInt(Parse::start));
        return kept;
    }
}
