package org.sitrep.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether a trigger tells something meant rather than done: an aim or an order ("an operation to seize the
 * oilfields", "to prevent the militia from seizing", "\u2022 Capture the town", the attack a unit moved "for its part
 * of"), or a troop movement whose purpose follows it ("sent reinforcements to help clear the road"), a preparation.
 * Such clauses report no event that happened. Rule and lexicon based (factual_to_verbs.txt, movement_words.txt);
 * {@link EpisodicReading} asks it after the other readings. Immutable and thread-safe.
 */
final class AimReading {
    /** How far a purpose phrase may stand after a movement word, in words, inside one clause. */
    private static final int PURPOSE_REACH = 16;
    private static final int CHAIN_REACH = 6;
    private static final Set<String> PREVENTION = ClosedClass.of("prevention-verbs");
    private static final Set<String> BULLETS = ClosedClass.of("bullets");
    private static final Set<String> DETERMINERS = ClosedClass.of("determiners.episodic");

    private final Set<String> factualBeforeTo;
    private final Set<String> movements;
    private final PhraseSet<Trigger> triggers;

    AimReading(TriggerLexicon triggerLex) {
        this.factualBeforeTo = Set.copyOf(DataFile.words("factual_to_verbs.txt"));
        this.movements = Set.copyOf(DataFile.words("movement_words.txt"));
        this.triggers = triggerLex.triggers();
    }

    /** An aim or an order: an infinitive or a prevented act, an order opening a line, or a movement's purpose. */
    boolean aimed(List<Token> toks, int anchor) {
        return aim(toks, anchor) || imperative(toks, anchor) || purposeOfMovement(toks, anchor);
    }

    /** "sent reinforcements to help clear the road": a movement trigger followed by its purpose in the clause. */
    boolean movementWithPurpose(List<Token> toks, int anchor, int anchorEnd) {
        if (!movements.contains(toks.get(anchorEnd - 1).lower())) {
            return false;
        }
        for (int i = anchorEnd; i < toks.size() && i - anchorEnd <= PURPOSE_REACH; i++) {
            if (EpisodicReading.clauseBreak(toks.get(i)) || toks.get(i).is("and")) {
                return false;
            }
            if (purposeOpener(toks, i)) {
                return true;
            }
        }
        return false;
    }

    /** "to" before a bare verb, or "for" before a determiner: the start of a purpose phrase. */
    private static boolean purposeOpener(List<Token> toks, int i) {
        if (i + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(i + 1);
        return toks.get(i).is("to") && bareVerbLike(next) && !next.lower().endsWith("s")
                || toks.get(i).is("for") && DETERMINERS.contains(next.lower());
    }

    /** An event word inside the purpose phrase of a movement word before it in the clause ("for its part of the attack"). */
    private boolean purposeOfMovement(List<Token> toks, int anchor) {
        int opener = -1;
        for (int i = anchor - 1; i >= 0 && anchor - i <= PURPOSE_REACH; i--) {
            Token t = toks.get(i);
            if (EpisodicReading.clauseBreak(t) || t.is("and") && opener < 0) {
                return false;
            }
            if (opener < 0 && anchor - i <= 6 && purposeOpener(toks, i)) {
                opener = i;
            }
            if (opener >= 0 && movements.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that opens with a bare verb, as objectives and orders do ("\u2022 Capture and kill the officers",
     * "Storm the base"): every trigger in its first clause is an aim. The opening word must be a trigger form with no
     * -s/-ed/-ing ending, followed by a determiner, a name, a number or "and/or"; "Attack helicopters struck" is no
     * order.
     */
    private boolean imperative(List<Token> toks, int anchor) {
        int f = 0;
        while (f < toks.size() && (BULLETS.contains(toks.get(f).text()) || toks.get(f).isNumber()
                || toks.get(f).is(".") || toks.get(f).is(")"))) {
            f++;
        }
        if (f >= toks.size() || f > anchor) {
            return false;
        }
        Token first = toks.get(f);
        String w = first.lower();
        if (!first.isWord() || !first.capitalised() || w.endsWith("ing") || w.endsWith("ed") || w.endsWith("s")
                || triggers.at(toks, f) == null || f + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(f + 1);
        boolean objectFollows = DETERMINERS.contains(next.lower()) || next.is("and") || next.is("or")
                || next.isNumber() || next.isWord() && next.capitalised();
        if (!objectFollows) {
            return false;
        }
        for (int i = f + 1; i < anchor; i++) {
            if (EpisodicReading.clauseBreak(toks.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An infinitive: "to" (or "to" and an adverb) before a bare verb form, not after a verb that makes it a fact
     * ("managed to", "began to", "were forced to"). Plural nouns and -ing forms after "to" are not infinitives
     * ("subjected to attacks", "resorted to fighting").
     */
    private boolean aim(List<Token> toks, int anchor) {
        Token trigger = toks.get(anchor);
        String w = trigger.lower();
        if (prevented(toks, anchor)) {
            return true;
        }
        if (!trigger.isWord() || w.endsWith("ing") || w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")) {
            return false;
        }
        int to = anchor - 1;
        if (to >= 0 && toks.get(to).isWord() && toks.get(to).lower().endsWith("ly")) {
            to--;
        }
        if (to >= 1 && (toks.get(to).is("and") || toks.get(to).is("or"))) {
            to = chainedTo(toks, to);
        }
        // "to help clear the road": the helped act is as much an aim as the help
        if (to >= 1 && toks.get(to).is("help") && toks.get(to - 1).is("to")) {
            to--;
        }
        if (to < 1 || !toks.get(to).is("to")) {
            return false;
        }
        String one = toks.get(to - 1).lower();
        String two = to >= 2 ? toks.get(to - 2).lower() + " " + one : one;
        return !factualBeforeTo.contains(one) && !factualBeforeTo.contains(two);
    }

    /** "to prevent the militia from seizing the town": an -ing act after "from" that a prevention verb governs. */
    private static boolean prevented(List<Token> toks, int anchor) {
        if (anchor < 2 || !toks.get(anchor).lower().endsWith("ing") || !toks.get(anchor - 1).is("from")) {
            return false;
        }
        for (int i = anchor - 2; i >= Math.max(0, anchor - 10); i--) {
            Token t = toks.get(i);
            if (t.is(",") || t.is(";") || t.is(":")) {
                return false;
            }
            if (PREVENTION.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a verb coordinated with an earlier infinitive ("try to push them back and recapture the town"), the
     * index of that infinitive's "to", or -1: at most {@value #CHAIN_REACH} words back, inside one clause.
     */
    private static int chainedTo(List<Token> toks, int and) {
        for (int i = and - 1; i >= 1 && and - i <= CHAIN_REACH; i--) {
            Token t = toks.get(i);
            if (EpisodicReading.clauseBreak(t)) {
                return -1;
            }
            if (t.is("to") && bareVerbLike(toks.get(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** A word that can start an infinitive: lower case, not a determiner, not an -ing form. */
    private static boolean bareVerbLike(Token t) {
        return t.isWord() && !t.capitalised() && !t.lower().endsWith("ing") && !DETERMINERS.contains(t.lower());
    }
}
