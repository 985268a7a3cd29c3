package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.knowledge.DataRow;

/**
 * Decides whether a trigger, in its clause, reads as an episode that happened, or as something else: a word in
 * another sense ("struck a deal", "prices exploded", the month March), a habit or a span of years ("has been
 * fighting them for six years"), or an aim ("an operation to seize the oilfields"). Rule and lexicon based
 * (other_senses.tsv, factual_to_verbs.txt); it looks only at the words around the trigger, so it is cheap enough
 * to run on every candidate clause. Other senses are read by {@link OtherSenses}, aims and troop movements by
 * {@link AimReading}; this class orders the readings and reads habits, back-references, states and background.
 * Immutable and thread-safe.
 */
final class EpisodicReading {
    /** How the trigger reads; every value but {@link #EPISODE} means the clause reports no event of its own. */
    enum Reading {
        EPISODE,
        /** the word is used in a sense that names no violent or political event */
        OTHER_SENSE,
        /** a habit, a span of years, or a kind of act ("those who attack"), not an event with a date */
        HABITUAL,
        /** an aim or an order ("to seize", "ordered to attack", "• Capture the town"): not reported as having happened */
        AIM,
        /** a definite event noun talked about, not told: "the attack was followed by", "the aims of the attack" */
        BACK_REFERENCE,
        /** a state, not a change: "the road is now mostly cleared" */
        STATE,
        /** moving troops with a purpose ("sent reinforcements to help clear the road"): a preparation, no event */
        MOVEMENT,
        /** a step in a future sequence: "after taking the city, the army will turn east" */
        PROSPECTIVE,
        /** an agreement told as broken or collapsed ("the ceasefire collapsed"): it names the deal, made no event now */
        UNDONE
    }

    /** How far a duration phrase may stand from the trigger, in words, inside the trigger's clause. */
    private static final int DURATION_REACH = 8;

    private final OtherSenses senses;
    private final AimReading aims;
    private final PhraseSet<Trigger> triggers;
    private final PhraseSet<Boolean> predicates = new PhraseSet<>();
    private final Set<String> frames;
    private final Set<String> evaluatives;

    EpisodicReading(TriggerLexicon triggerLex) {
        this.senses = new OtherSenses(triggerLex);
        this.aims = new AimReading(triggerLex);
        this.triggers = triggerLex.triggers();
        Set<String> fr = new java.util.HashSet<>();
        Set<String> ev = new java.util.HashSet<>();
        for (DataRow r : DataFile.rows("back_reference.tsv", 2)) {
            switch (r.col(0)) {
                case "predicate" -> predicates.add(r.col(1), Boolean.TRUE);
                case "frame" -> fr.add(r.col(1));
                case "evaluative" -> ev.add(r.col(1));
                default -> throw r.error("kind must be predicate, frame or evaluative: " + r.col(0));
            }
        }
        this.frames = Set.copyOf(fr);
        this.evaluatives = Set.copyOf(ev);
    }

    /** How the trigger on tokens [anchor, anchorEnd) reads. */
    Reading read(List<Token> toks, int anchor, int anchorEnd) {
        if (otherSense(toks, anchor, anchorEnd)) {
            return Reading.OTHER_SENSE;
        }
        if (senses.undone(toks, anchor, anchorEnd)) {
            return Reading.UNDONE;
        }
        if (habitual(toks, anchor, anchorEnd) || genericAgent(toks, anchor) || presentSupportVerb(toks, anchor)
                || sinceClause(toks, anchor)) {
            return Reading.HABITUAL;
        }
        if (backReference(toks, anchor, anchorEnd)) {
            return Reading.BACK_REFERENCE;
        }
        if (state(toks, anchor)) {
            return Reading.STATE;
        }
        if (aims.movementWithPurpose(toks, anchor, anchorEnd)) {
            return Reading.MOVEMENT;
        }
        if (aims.aimed(toks, anchor)) {
            return Reading.AIM;
        }
        if (stepBeforeFuture(toks, anchor)) {
            return Reading.PROSPECTIVE;
        }
        return Reading.EPISODE;
    }

    /** Whether the trigger on [anchor, anchorEnd) is a word in a sense that names no event. */
    boolean otherSense(List<Token> toks, int anchor, int anchorEnd) {
        return senses.otherSense(toks, anchor, anchorEnd);
    }

    /** Words a definite noun phrase may hold between its determiner and the event noun ("the repelled attack"). */
    private static final int NP_REACH = 3;
    /** How far after the event noun its predicate may start ("the killing of General X is"). */
    private static final int PREDICATE_REACH = 6;
    private static final Set<String> DEFINITES = ClosedClass.of("definites");
    private static final Set<String> NP_ENDERS = ClosedClass.of("np-enders");

    /**
     * A definite event noun that is talked about rather than told: the subject of a predicate that comments on it
     * ("The repelled attack was followed by a statement", "the killing of General X is the latest in"), the
     * complement of a frame noun ("the objectives of the attack"), or an appositive judging a told event ("...,
     * an unacceptable attack which"). Such a noun adds no event of its own.
     */
    boolean backReference(List<Token> toks, int anchor, int anchorEnd) {
        int det = -1;
        for (int i = anchor - 1; i >= 0 && anchor - i <= NP_REACH; i--) {
            Token t = toks.get(i);
            if (DEFINITES.contains(t.lower()) || t.is("a") || t.is("an")) {
                det = i;
                break;
            }
            if (!t.isWord() || t.capitalised() && i > 0) {
                return false;
            }
        }
        if (det < 0) {
            return false;
        }
        boolean definite = DEFINITES.contains(toks.get(det).lower());
        if (!definite) {
            // ", an unacceptable attack": an appositive judging what was just told
            return det > 0 && toks.get(det - 1).is(",") && det + 1 < anchor
                    && evaluatives.contains(toks.get(det + 1).lower());
        }
        if (det >= 2 && toks.get(det - 1).is("of") && frames.contains(toks.get(det - 2).lower())) {
            return true;
        }
        return predicateFollows(toks, anchorEnd);
    }

    /** A commenting predicate within reach after the noun, crossing no clause break, link word or other trigger. */
    private boolean predicateFollows(List<Token> toks, int from) {
        for (int p = from; p < toks.size() && p - from <= PREDICATE_REACH; p++) {
            Token t = toks.get(p);
            if (clauseBreak(t) || NP_ENDERS.contains(t.lower())) {
                return false;
            }
            if (predicates.at(toks, p) != null) {
                return true;
            }
            // "the detained student was": the trigger modifies a noun that is no event; the phrase is about that.
            // A determiner opens the object of a trigger that ends in its preposition ("the killing of | the mayor")
            if (p == from && t.isWord() && !t.capitalised() && !PREPOSITIONS.contains(t.lower())
                    && !DEFINITES.contains(t.lower()) && !t.is("a") && !t.is("an")
                    && triggers.at(toks, p) == null) {
                return false;
            }
            // the head noun right after a trigger used as a modifier ("the repelled attack") is part of the phrase
            if (p > from && triggers.at(toks, p) != null) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PREPOSITIONS = ClosedClass.of("prepositions");

    private static final Set<String> STATE_ADVERBS = ClosedClass.of("state-adverbs");

    /** "the road is now mostly cleared": a participle after "is/are/remains" and a state adverb is a state. */
    private static boolean state(List<Token> toks, int anchor) {
        Token trigger = toks.get(anchor);
        if (!trigger.isWord() || !trigger.lower().endsWith("ed")) {
            return false;
        }
        int i = anchor - 1;
        int adverbs = 0;
        while (i >= 0 && STATE_ADVERBS.contains(toks.get(i).lower())) {
            adverbs++;
            i--;
        }
        return adverbs > 0 && i >= 0 && (toks.get(i).is("is") || toks.get(i).is("are") || toks.get(i).is("remains")
                || toks.get(i).is("remain"));
    }

    /**
     * A span of years or decades next to the trigger in its clause ("for six years", "for decades", "over the
     * past five years"), or "since 2011" with a perfect tense ("has killed ... since 2011").
     */
    private static boolean habitual(List<Token> toks, int anchor, int anchorEnd) {
        int from = anchor;
        while (from > 0 && anchor - from < DURATION_REACH && !clauseBreak(toks.get(from - 1))) {
            from--;
        }
        int to = anchorEnd;
        while (to < toks.size() && to - anchorEnd < DURATION_REACH && !clauseBreak(toks.get(to))) {
            to++;
        }
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if ((t.is("for") || t.is("over")) && yearsFollow(toks, i + 1)) {
                return true;
            }
            if (t.is("since") && i + 1 < to && year(toks.get(i + 1)) && perfect(toks, from, anchor)) {
                return true;
            }
        }
        return false;
    }

    /** Light verbs in the present simple, third person: "conducts raids", "makes pinpoint strikes" state a habit. */
    private static final Set<String> PRESENT_SUPPORT_VERBS = ClosedClass.of("present-support-verbs");

    /** A noun trigger a few words after a present-simple light verb ("the coalition makes pinpoint strikes on"). */
    private static boolean presentSupportVerb(List<Token> toks, int anchor) {
        for (int i = anchor - 1; i >= 0 && anchor - i <= 3; i--) {
            Token t = toks.get(i);
            if (clauseBreak(t)) {
                return false;
            }
            if (PRESENT_SUPPORT_VERBS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A trigger inside a "since" clause with its own subject ("... since it entered Syria in 2013", "since Russia
     * intervened"): the starting point of a span, told as background.
     */
    private static boolean sinceClause(List<Token> toks, int anchor) {
        for (int i = anchor - 1; i >= 0 && anchor - i <= 4; i--) {
            Token t = toks.get(i);
            if (clauseBreak(t) || t.isNumber()) {
                return false;
            }
            if (t.is("since")) {
                // "since the attack" names a date, not a clause: a subject must stand between since and the verb
                return i + 1 < anchor && !DETERMINERS.contains(toks.get(i + 1).lower());
            }
        }
        return false;
    }

    private static final Set<String> SEQUENCE_OPENERS = ClosedClass.of("sequence-openers");
    private static final Set<String> FUTURE_AUXILIARIES = ClosedClass.of("future-auxiliaries");

    /**
     * "after liberating the city, the army will be able to ...": an -ing trigger right after "after/once/upon" whose
     * main clause, after the comma, is in the future. The step is as much to come as the main clause.
     */
    private static boolean stepBeforeFuture(List<Token> toks, int anchor) {
        if (anchor < 1 || !SEQUENCE_OPENERS.contains(toks.get(anchor - 1).lower())
                || !toks.get(anchor).lower().endsWith("ing")) {
            return false;
        }
        int comma = -1;
        for (int i = anchor + 1; i < toks.size() && i - anchor <= 8; i++) {
            if (toks.get(i).is(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return false;
        }
        for (int i = comma + 1; i < toks.size() && i - comma <= 8; i++) {
            Token t = toks.get(i);
            if (clauseBreak(t)) {
                return false;
            }
            if (FUTURE_AUXILIARIES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Background told in passing: the trigger stands in a relative clause set off by a comma (", which IS captured
     * in 2015,") that names a year before the document's own. Such a clause recalls an old event to situate a
     * place or an actor; it is not news of this document. Unknown publication year: never background.
     */
    boolean pastBackground(List<Token> toks, int anchor, Integer publishedYear) {
        if (publishedYear == null) {
            return false;
        }
        int open = -1;
        for (int i = anchor - 1; i >= 1 && anchor - i <= RELATIVE_REACH; i--) {
            Token t = toks.get(i);
            if (RELATIVES.contains(t.lower()) && toks.get(i - 1).is(",")) {
                open = i;
                break;
            }
            if (clauseBreak(t)) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = open + 1; i < toks.size() && !clauseBreak(toks.get(i)); i++) {
            Token t = toks.get(i);
            if (year(t) && Integer.parseInt(t.text()) < publishedYear) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVES = ClosedClass.of("relatives");
    /** How far back from the trigger the relative word may stand, in words. */
    private static final int RELATIVE_REACH = 6;

    /** "those who attack", "anyone who fires", "whoever shells": a kind of act, not an act. */
    private static boolean genericAgent(List<Token> toks, int anchor) {
        if (anchor >= 1 && toks.get(anchor - 1).is("whoever")) {
            return true;
        }
        return anchor >= 2 && toks.get(anchor - 1).is("who") && GENERIC_HEADS.contains(toks.get(anchor - 2).lower());
    }

    private static final Set<String> GENERIC_HEADS = ClosedClass.of("generic-heads");

    /** "(more than|nearly|the past|...) (six|several|many)? years|decades" within a few words. */
    private static boolean yearsFollow(List<Token> toks, int i) {
        for (int j = i; j < Math.min(toks.size(), i + 4); j++) {
            Token t = toks.get(j);
            if (t.is("years") || t.is("decades")) {
                return true;
            }
            if (!(t.isNumber() || t.isWord() && t.lower().length() <= 8 && !t.capitalised())) {
                return false;
            }
            if (t.is("ago") || t.is("in") || t.is("of")) {
                return false;
            }
        }
        return false;
    }

    private static boolean year(Token t) {
        return t.isNumber() && t.text().length() == 4 && (t.text().startsWith("19") || t.text().startsWith("20"));
    }

    private static boolean perfect(List<Token> toks, int from, int anchor) {
        for (int i = Math.max(from, anchor - 4); i < anchor; i++) {
            if (toks.get(i).is("has") || toks.get(i).is("have") || toks.get(i).is("had")) {
                return true;
            }
        }
        return false;
    }

    /** A punctuation mark that ends a clause; the aim reading stops at the same marks. */
    static boolean clauseBreak(Token t) {
        return t.isPunct() && ",;:.!?()\u2014".contains(t.text());
    }

    private static final Set<String> DETERMINERS = ClosedClass.of("determiners.episodic");
}
