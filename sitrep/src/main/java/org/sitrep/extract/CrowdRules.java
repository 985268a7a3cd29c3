package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * The crowd side of the type rules ({@link TypeRules}): whether protesters or a crowd of ordinary people act (a
 * violent demonstration, mob violence) or are acted against (force against protesters), how far a protest escalates,
 * and what a protest or an act is about rather than what it did ("against the killing of a student").
 */
final class CrowdRules {
    /** Words that name what a protest is about ("against", "over", "mourning"): see protest_escalation.tsv. */
    private static final Set<String> PROTEST_TOPIC = ClosedClass.of("protest-topic");
    private static final Set<String> RELATIVE = ClosedClass.of("relative");
    /** Prepositions before a victim group ("fired into a crowd of protesters"): that group does not act. */
    private static final Set<String> TARGET_PREPS = ClosedClass.of("target-preps.type-rules");
    /** Crowd words that are adjectives ("young"): a crowd only before a plural of people ("young men"). */
    private static final Set<String> CROWD_ADJECTIVES = ClosedClass.of("crowd-adjectives");
    private static final Set<String> PLURAL_PEOPLE = ClosedClass.of("plural-people");
    private static final Set<String> PHRASE_PREPS = ClosedClass.of("phrase-preps");
    private static final Set<String> PHRASE_FILLERS = ClosedClass.of("phrase-fillers");
    private static final Set<String> OFFICIAL_VOICES = ClosedClass.of("official-voices");
    private static final Set<String> OFFICIAL_VOICE_LINKS = ClosedClass.of("official-voice-links");
    private static final Set<String> OFFICIAL_VOICE_STOPS = ClosedClass.of("official-voice-stops");

    private final TriggerLexicon triggerLex;
    private final ActorLexicon actorLex;
    private final TypeCues typeLex;

    CrowdRules(TriggerLexicon triggerLex, ActorLexicon actorLex, TypeCues typeLex) {
        this.triggerLex = triggerLex;
        this.actorLex = actorLex;
        this.typeLex = typeLex;
    }

    /** The most serious escalation a protest clause names (intervention, force, violence), or null. */
    SubEventType protestEscalation(List<Token> toks, int clauseStart, int clauseEnd) {
        SubEventType escalated = null;
        for (int i = clauseStart; i < clauseEnd; i++) {
            PhraseSet.Match<SubEventType> m = typeLex.protestEscalation().at(toks, i, clauseEnd);
            if (m == null) {
                continue;
            }
            SubEventType e = m.value();
            if (topic(toks, clauseStart, i) || describesSomeone(toks, clauseStart, i)) {
                // "protested against the killing of a student": the killing is the protest's subject
                i = m.end() - 1;
                continue;
            }
            if (escalated == null || e.ordinal() > escalated.ordinal()) {
                escalated = e;
            }
            i = m.end() - 1;
        }
        return escalated;
    }

    /**
     * Whether token {@code i} stands in a relative clause that says what happened to someone ("relatives of a man who
     * was shot by police marched"): a relative pronoun within four words before it, no punctuation between.
     */
    static boolean describesSomeone(List<Token> toks, int clauseStart, int i) {
        for (int j = i - 1; j >= Math.max(clauseStart, i - 4); j--) {
            if (toks.get(j).isPunct()) {
                return false;
            }
            if (RELATIVE.contains(toks.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} is what an act is about: a protest-topic word within three words before it ("against the
     * killing", "sparked by the death"), with no number or be-verb between, which would make the word a quantity's
     * ("about five were injured"), and no punctuation ("against ISIS, killing scores": the killing is the act's).
     */
    static boolean topic(List<Token> toks, int clauseStart, int i) {
        for (int j = i - 1; j >= Math.max(clauseStart, i - 3); j--) {
            Token t = toks.get(j);
            if (t.isNumber() || t.isPunct() || RoleReader.beVerb(t)) {
                return false;
            }
            if (PROTEST_TOPIC.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the act word at {@code hitStart} names an act inside a prepositional phrase ("in the area of the
     * massacre", "since the 1941 massacre"): a preposition right before it, or before determiners and numbers only.
     * The crowd told before such a word is where or when something else happened, not the act's doer.
     */
    static boolean inPrepositionalPhrase(List<Token> toks, int clauseStart, int hitStart) {
        int i = hitStart - 1;
        while (i >= clauseStart && (toks.get(i).isNumber() || PHRASE_FILLERS.contains(toks.get(i).lower()))) {
            i--;
        }
        return i >= clauseStart && PHRASE_PREPS.contains(toks.get(i).lower());
    }

    /**
     * Whether the protest word at {@code hitStart} has an office of state as its subject ("the foreign ministry
     * protested the decision", "the president is demanding the extradition"): a diplomatic protest or a demand, which
     * ACLED does not code as a demonstration. The office word stands right before the protest word, or before a few
     * linking words ("has formally protested"), and is not itself the object of a preposition ("supporters of the
     * president rallied", "gathered outside the ministry").
     */
    static boolean officialVoice(List<Token> toks, int clauseStart, int hitStart) {
        int i = hitStart - 1;
        while (i >= clauseStart && OFFICIAL_VOICE_LINKS.contains(toks.get(i).lower())) {
            i--;
        }
        if (i < clauseStart || !OFFICIAL_VOICES.contains(toks.get(i).lower())) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(clauseStart, i - 4); j--) {
            Token t = toks.get(j);
            if (t.isPunct()) {
                return true;
            }
            if (OFFICIAL_VOICE_STOPS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Protesters as the subject ("A crowd protesting fuel prices smashed"): the first trigger of the clause,
     * before this one, is a protest or riot word.
     */
    boolean subjectProtest(List<Token> toks, int clauseStart, int hitStart, int clauseEnd) {
        for (int i = clauseStart; i < hitStart; i++) {
            // "In March an airstrike hit": the month is no protest march
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, clauseEnd);
            if (m != null) {
                SubEventType t = m.value().type();
                return t != null && !targeted(toks, m.start()) && gathering(t);
            }
        }
        return false;
    }

    /** A crowd word in the subject, before any trigger ("Residents of a village beat to death"). */
    boolean subjectMob(List<Token> toks, int clauseStart, int hitStart, int clauseEnd) {
        for (int i = clauseStart; i < hitStart; i++) {
            if (triggerLex.eventWordAt(toks, i, clauseEnd) != null) {
                return false;
            }
            if (crowdActing(toks, i, hitStart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the crowd word at {@code i} names people who do the act at {@code hitStart}: not a target ("fired at
     * villagers"), not men under arms ("armed youths" are an armed group), not one person ("a young man"), and not the
     * subject of a passive told before the act ("three youths were shot and injured by troops").
     */
    private boolean crowdActing(List<Token> toks, int i, int hitStart) {
        Token t = toks.get(i);
        if (!typeLex.mobWords().contains(t.lower()) || targeted(toks, i) || actorLex.status().armedBefore(toks, i)) {
            return false;
        }
        if (CROWD_ADJECTIVES.contains(t.lower())
                && (i + 1 >= toks.size() || !PLURAL_PEOPLE.contains(toks.get(i + 1).lower()))) {
            return false;
        }
        for (int j = i + 1; j < hitStart; j++) {
            if (RoleReader.beVerb(toks.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code toks[from, to)} names protesters, rioters or a protest (not a mob). */
    boolean namesProtest(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, to);
            if (m != null && gathering(m.value().type())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether state forces stand among the first three words, before any event verb ("Riot police fired", not
     * "Protesters attacked police").
     */
    boolean stateForcesOpen(List<Token> toks, int from, int to) {
        for (int i = from; i < Math.min(to, from + 3); i++) {
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, to);
            if (m != null && m.value().verb()) {
                return false;
            }
            if (typeLex.stateWords().contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A protest type, or a violent demonstration (a protest turned violent); mob violence is no gathering. */
    static boolean gathering(SubEventType t) {
        return t != null && t != SubEventType.MOB_VIOLENCE && (t.eventType() == SubEventType.EventType.RIOTS
                || t.eventType() == SubEventType.EventType.PROTESTS);
    }

    /**
     * Protesters or rioters named among {@code spans} ("rioters ransacked", the victims "protesters"); with {@code
     * acting}, a group named after a target preposition ("into a crowd of protesters") is left out.
     */
    boolean protesting(List<Token> toks, List<NameSpan> spans, boolean acting) {
        for (NameSpan a : spans) {
            if (acting && targeted(toks, a)) {
                continue;
            }
            for (int i = a.start(); i < a.end(); i++) {
                PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, i, a.end());
                if (m != null && gathering(m.value().type())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean targeted(List<Token> toks, NameSpan a) {
        return targeted(toks, a.start());
    }

    private static boolean targeted(List<Token> toks, int start) {
        for (int i = start - 1; i >= Math.max(0, start - 4); i--) {
            if (toks.get(i).isPunct()) {
                return false;
            }
            if (TARGET_PREPS.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A crowd acting: in the subject (before the clause's first trigger) or the agent of a passive ("by a mob"). */
    boolean mob(List<Token> toks, List<NameSpan> actor1, int clauseStart, int clauseEnd) {
        int first = clauseEnd;
        for (int i = clauseStart; i < clauseEnd && first == clauseEnd; i++) {
            if (triggerLex.eventWordAt(toks, i, clauseEnd) != null) {
                first = i;
            }
        }
        for (NameSpan a : actor1) {
            if (targeted(toks, a)) {
                continue;
            }
            if (a.start() > first && !(a.start() > 0 && toks.get(a.start() - 1).is("by"))
                    && !(a.start() > 1 && toks.get(a.start() - 2).is("by"))) {
                continue;
            }
            for (int i = a.start(); i < a.end(); i++) {
                if (typeLex.mobWords().contains(toks.get(i).lower()) && !actorLex.status().armedBefore(toks, i)) {
                    return true; // "armed youths" are an armed group
                }
            }
        }
        return false;
    }
}
