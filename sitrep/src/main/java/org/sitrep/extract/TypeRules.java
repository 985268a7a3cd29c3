package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.SubEventType;

/**
 * Turns a trigger into a sub-event type and weight given its clause: generic violence against civilian victims is
 * "Attack"; a kill with armed victims is an armed clash; territorial verbs split by who acts (state forces regain,
 * others overtake) and do not count when their object is equipment ("captured several vehicles"); protests
 * escalate with intervention or force words. The stage and {@link SnippetClassifier} share these rules.
 */
final class TypeRules {
    /** A type with its weight; type null means the trigger says nothing about the type here. */
    record Typed(SubEventType type, double weight) {
    }

    private final Knowledge k;

    TypeRules(Knowledge k) {
        this.k = k;
    }

    Typed type(Trigger tr, List<Token> toks, int hitEnd, int clauseStart, int clauseEnd, List<NameSpan> actor1,
               List<NameSpan> actor2) {
        boolean civilianVictims = !actor2.isEmpty() && actor2.stream().allMatch(NameSpan::civilian);
        if (tr.type() == null) {
            if (tr.has("kill") || tr.has("injure")) {
                if (civilianVictims) {
                    return new Typed(SubEventType.ATTACK, 1.5);
                }
                if (!actor2.isEmpty()) {
                    return new Typed(SubEventType.ARMED_CLASH, 0.5);
                }
            }
            return new Typed(null, 0);
        }
        if (tr.has("generic") && civilianVictims) {
            return new Typed(SubEventType.ATTACK, 1.5);
        }
        if (tr.has("territory")) {
            if (equipmentObject(toks, hitEnd, clauseEnd)) {
                return new Typed(null, 0);
            }
            if (!actor1.isEmpty()) {
                boolean state = actor1.stream().anyMatch(a -> isState(toks, a));
                return new Typed(state ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                        : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, tr.weight());
            }
        }
        if (tr.type().eventType() == SubEventType.EventType.PROTESTS) {
            SubEventType escalated = null;
            for (int i = clauseStart; i < clauseEnd; i++) {
                SubEventType e = k.protestEscalation.get(toks.get(i).lower());
                if (e != null && (escalated == null || e.ordinal() > escalated.ordinal())) {
                    escalated = e;
                }
            }
            if (escalated != null) {
                return new Typed(escalated, tr.weight());
            }
        }
        return new Typed(tr.type(), tr.weight());
    }

    boolean equipmentObject(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < Math.min(clauseEnd, from + 5); i++) {
            if (toks.get(i).isPunct()) {
                return false;
            }
            if (k.equipment.at(toks, i, clauseEnd) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean isState(List<Token> toks, NameSpan a) {
        for (int i = a.start(); i < a.end(); i++) {
            if (k.stateWords.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
