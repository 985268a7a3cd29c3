package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Measure;
import org.sitrep.model.Quantity;

/**
 * Reads a sentence's equipment and displacement measures and hands each to one report: the one anchored nearest in
 * the same clause, else nearest in the sentence (a measure is never copied onto two reports, so sums stay honest).
 * It also keeps a measure's amount from standing as a death toll, injury toll or strike count: "destroyed 2 tanks and
 * killed their crews" has no known death toll, not 2. Stateless and thread-safe.
 */
final class MeasureAttacher {
    private final EquipmentReader equipment;
    private final DisplacementReader displacement;

    MeasureAttacher(TriggerLexicon triggerLex, NumberWords numberLex, ActorLexicon actorLex) {
        MeasureLexicon lex = MeasureLexicon.get();
        this.equipment = new EquipmentReader(numberLex, actorLex, lex);
        this.displacement = new DisplacementReader(triggerLex, actorLex, lex, new NumberReader(numberLex));
    }

    /** Every measure of the sentence, in text order. */
    List<MeasureHit> read(String text, List<Token> toks) {
        List<MeasureHit> out = new ArrayList<>(equipment.read(text, toks));
        out.addAll(displacement.read(text, toks));
        out.sort(Comparator.comparingInt(MeasureHit::amountStart));
        return out;
    }

    /** The measures alone, for a report that stands for the whole sentence (a line of a strike summary). */
    static List<Measure> measures(List<MeasureHit> hits) {
        return hits.stream().map(MeasureHit::measure).toList();
    }

    /** For each fact, in order, the measures it carries. */
    List<List<Measure>> assign(List<Token> toks, List<ClauseFacts> facts, List<MeasureHit> hits) {
        List<List<Measure>> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            out.add(new ArrayList<>());
        }
        if (facts.isEmpty()) {
            return out;
        }
        List<int[]> clauses = ClauseSplitter.clauses(toks);
        for (MeasureHit h : hits) {
            int[] clause = clauseOf(clauses, h.amountStart());
            int best = -1;
            for (int pass = 0; pass < 2 && best < 0; pass++) {
                for (int i = 0; i < facts.size(); i++) {
                    int anchor = facts.get(i).anchor();
                    if (pass == 0 && (clause == null || anchor < clause[0] || anchor >= clause[1])) {
                        continue;
                    }
                    if (best < 0 || distance(h, anchor) < distance(h, facts.get(best).anchor())) {
                        best = i;
                    }
                }
            }
            out.get(best).add(h.measure());
        }
        return out;
    }

    /** The fact without any death, injury or strike count that was read from a measure's amount. */
    static ClauseFacts withoutMeasureAmounts(ClauseFacts f, List<MeasureHit> hits) {
        Quantity fatalities = unlessMeasured(f.fatalities(), hits);
        Quantity injured = unlessMeasured(f.injured(), hits);
        Quantity count = unlessMeasured(f.count(), hits);
        if (fatalities == f.fatalities() && injured == f.injured() && count == f.count()) {
            return f;
        }
        List<String> flags = new ArrayList<>(f.flags());
        flags.add("amount_read_as_measure");
        return new ClauseFacts(f.anchor(), f.anchorEnd(), f.trigger(), f.type(), f.actor1(), f.assocActor1(),
                f.actor2(), f.place(), f.vicinity(), fatalities, injured, count, f.modality(), f.statistic(),
                f.pronounSubject(), List.copyOf(flags));
    }

    private static Quantity unlessMeasured(Quantity q, List<MeasureHit> hits) {
        if (q == null) {
            return null;
        }
        for (MeasureHit h : hits) {
            if (h.measure().quantity().mention().span().overlaps(q.mention().span())) {
                return null;
            }
        }
        return q;
    }

    private static int[] clauseOf(List<int[]> clauses, int token) {
        for (int[] c : clauses) {
            if (token >= c[0] && token < c[1]) {
                return c;
            }
        }
        return null;
    }

    private static int distance(MeasureHit h, int anchor) {
        return anchor < h.start() ? h.start() - anchor : anchor >= h.end() ? anchor - h.end() + 1 : 0;
    }
}
