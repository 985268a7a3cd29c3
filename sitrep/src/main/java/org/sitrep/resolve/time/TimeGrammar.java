package org.sitrep.resolve.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds time expressions in text and reads their calendar fields, without anchoring them. The rules come by
 * construction ({@link AbsoluteDateRules}, {@link RelativeRules}, {@link PeriodRules}, {@link ClockRules}), built
 * once from the lexicon; matching keeps, of overlapping candidates, the longest (earlier rule on ties), and gives
 * each kept expression the tense of its clause ({@link TenseReader}). Immutable and thread-safe.
 */
final class TimeGrammar {
    private final RuleBook rules = new RuleBook();
    private final TenseReader tense;
    /**
     * The last text parsed (the same string object) and its parses: resolving a document's dates, re-dating it
     * without its dateline and inferring its publication window all read the one text, and parsing is anchoring-free.
     */
    private final AtomicReference<Parsed> lastParsed = new AtomicReference<>();

    private record Parsed(String text, List<Parse> parses) {
    }

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
        Parsed last = lastParsed.get();
        if (last != null && last.text() == text) {
            return last.parses();
        }
        List<Parse> parses = List.copyOf(parseAnew(text));
        lastParsed.set(new Parsed(text, parses));
        return parses;
    }

    /** The rule book, for tests that compare its look-up near trigger words with running every rule everywhere. */
    RuleBook rules() {
        return rules;
    }

    private List<Parse> parseAnew(String text) {
        List<Parse> all = rules.candidates(text);
        all.sort(Comparator.comparingInt(Parse::length).reversed().thenComparingInt(Parse::start));
        // the kept parses never overlap, so ordered by start their ends rise too: the one starting last before p ends
        // is the only one that can reach into p (a scan of every kept parse made long texts quadratic)
        TreeMap<Integer, Parse> kept = new TreeMap<>();
        for (Parse p : all) {
            Map.Entry<Integer, Parse> before = kept.lowerEntry(p.end());
            boolean free = before == null || before.getValue().end() <= p.start();
            if (free) {
                kept.put(p.start(), p.withTense(tense.tenseAround(text, p)));
            }
        }
        return new ArrayList<>(kept.values());
    }
}
