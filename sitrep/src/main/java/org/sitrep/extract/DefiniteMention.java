package org.sitrep.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether an event word is a definite mention ("the airstrikes", "these attacks"), which refers back to an event
 * told before ({@link DiscourseJoiner}).
 */
final class DefiniteMention {
    private static final Set<String> DEFINITES = ClosedClass.of("definites");
    /** How many modifier words may stand between a definite article and its event noun ("the anti-IS coalition"). */
    private static final int MODIFIERS = 3;
    /** How many lower-case words may stand between the article and the head of a definite subject. */
    private static final int SUBJECT_MODIFIERS = 2;
    /** Words after which a definite subject opens a clause ("said the jets struck", "and the gunmen fled"). */
    private static final Set<String> CLAUSE_OPENERS = ClosedClass.of("subject-openers");

    private final TriggerLexicon triggers;
    private final ActorLexicon actors;

    DefiniteMention(TriggerLexicon triggers, ActorLexicon actors) {
        this.triggers = triggers;
        this.actors = actors;
    }

    /**
     * Whether the verb at {@code anchor} has a definite armed subject that opens its clause: "... The Observatory said
     * the jets struck a residential area", "the gunmen fled": the doers of an act told just before, back again.
     */
    boolean subjectAt(List<Token> toks, int anchor) {
        int head = anchor - 1;
        if (head < 1) {
            return false;
        }
        PhraseSet.Match<Boolean> h = null;
        for (int s = Math.max(0, head - 1); s <= head && h == null; s++) {
            PhraseSet.Match<Boolean> m = actors.actorHeads().at(toks, s, anchor);
            h = m != null && m.end() == anchor && !Boolean.TRUE.equals(m.value()) ? m : null;
        }
        if (h == null) {
            return false;
        }
        for (int i = h.start() - 1; i >= Math.max(0, h.start() - 1 - SUBJECT_MODIFIERS); i--) {
            Token t = toks.get(i);
            if (DEFINITES.contains(t.lower()) && !t.is("that")) {
                return i == 0 || CLAUSE_OPENERS.contains(toks.get(i - 1).lower()) || toks.get(i - 1).is(",");
            }
            if (!t.isWord() || t.capitalised() || t.isNumber()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the anchor at {@code anchor} is a definite noun phrase: "the airstrikes", "the anti-IS coalition
     * strikes", "these attacks", "the repelled attack". A verb-row trigger ("attack", "killed") reads as such a noun
     * only with at most one lower-case modifier that is no actor head, so "The Islamic State fighters killed" is not.
     */
    boolean at(List<Token> toks, int anchor, boolean verbRow) {
        int reach = verbRow ? 1 : MODIFIERS;
        int words = 0;
        for (int i = anchor - 1; i >= 0 && words <= reach; i--) {
            Token t = toks.get(i);
            if (DEFINITES.contains(t.lower())) {
                return true;
            }
            if (t.is("-") && i > 0 && t.start() == toks.get(i - 1).end()) {
                // "anti-IS": a hyphenated modifier is one word
                continue;
            }
            words++;
            // a number, a mark or another event word between them: the article belongs to something else
            if (!t.isWord() || t.isNumber() || triggers.triggers().at(toks, i, anchor) != null) {
                return false;
            }
            if (verbRow && (t.capitalised() || actors.actorHeads().at(toks, i, anchor) != null)) {
                return false;
            }
        }
        return false;
    }
}
