package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.TypeRules.Typed;
import org.sitrep.model.SubEventType;

/**
 * Types a territorial verb ("captured", "regained", "seized") by what is taken and who takes it: a deal taken is no
 * act, weapons or equipment taken are disrupted weapons use, people taken an abduction, and ground taken splits by
 * the taker's side (state forces regain, others overtake). Part of {@link TypeRules}.
 */
final class TerritoryRules {
    /** Below any violent act (the weakest weighs 1; a kill of armed victims 0.5 on its own). */
    private static final double EQUIPMENT_CAPTURE_WEIGHT = 0.4;

    private static final Set<String> PREPOSITIONS = ClosedClass.of("prepositions");
    private static final Set<String> QUANTITY_OF = ClosedClass.of("quantity-of");
    private static final Set<String> PHRASE_ENDS = ClosedClass.of("np-stop");
    /** Pronouns that stand for people only: "he was captured" takes a person, never ground. */
    private static final Set<String> PERSON_PRONOUNS = ClosedClass.of("person-pronouns");

    private final TriggerLexicon triggerLex;
    private final TypeCues typeLex;
    /** Names of states: a whole country entered is no ground taken. */
    private final Set<String> countries;

    TerritoryRules(TriggerLexicon triggerLex, TypeCues typeLex, Set<String> countries) {
        this.triggerLex = triggerLex;
        this.typeLex = typeLex;
        this.countries = countries;
    }

    /**
     * A territorial verb typed by its object and by who takes: no act for a deal taken, disrupted weapons use for
     * weapons or equipment, abduction for people, else by the taker's side; null when that side is unknown.
     */
    Typed type(Trigger tr, List<Token> toks, int hitStart, int hitEnd, int clauseStart, int clauseEnd,
                List<NameSpan> actor1, List<NameSpan> actor2) {
        if (agreementObject(toks, hitEnd, clauseEnd)) {
            return new Typed(null, 0); // "entered a ceasefire agreement", "took over the deal"
        }
        if (weaponObject(toks, hitEnd, clauseEnd)) {
            return new Typed(SubEventType.DISRUPTED_WEAPONS_USE, tr.weight()); // "seized a van of explosives"
        }
        boolean passive = passive(toks, hitStart, hitEnd, clauseStart, clauseEnd);
        if (equipmentObject(toks, hitEnd, clauseEnd) || taken(typeLex.equipment(), toks, hitStart, clauseStart,
                passive)) {
            // capturing equipment is disrupted weapons use only without a fight: any violent act of the same
            // clause ("killed a dozen troops and captured several vehicles") is the event, the spoils its outcome
            return new Typed(SubEventType.DISRUPTED_WEAPONS_USE, EQUIPMENT_CAPTURE_WEIGHT);
        }
        if (propertyObject(toks, hitEnd, clauseEnd) || taken(typeLex.propertyNouns(), toks, hitStart, clauseStart,
                passive)) {
            // "seized five houses", "seized their livestock": goods and buildings taken, ACLED's looting
            return new Typed(SubEventType.LOOTING_PROPERTY_DESTRUCTION, tr.weight());
        }
        if (armedPeopleTaken(toks, hitEnd, clauseEnd, tr.has("agent_after") ? actor1 : actor2)
                || passive && personSubject(toks, hitStart, clauseStart, tr.has("agent_after") ? actor1 : actor2)) {
            return new Typed(null, 0); // "captured five soldiers", "a soldier was captured": people taken, no ground
        }
        if (hitEnd < toks.size() && countries.contains(toks.get(hitEnd).text())) {
            // "Turkish troops entered Syria", "a US convoy entered Syria from Iraq": forces moving into a country,
            // ACLED's movement of forces; a fight or a strike in the same clause outweighs it
            return new Typed(SubEventType.CHANGE_TO_GROUP, EQUIPMENT_CAPTURE_WEIGHT);
        }
        List<NameSpan> agent = tr.has("agent_after") ? actor2 : actor1;
        List<NameSpan> taken = tr.has("agent_after") ? actor1 : actor2;
        if (!taken.isEmpty() && taken.stream().allMatch(NameSpan::civilian)
                && taken.stream().anyMatch(p -> p.start() - hitEnd <= 2 && p.start() >= hitEnd
                || p.end() <= hitStart && hitStart - p.end() <= 3)) {
            return new Typed(SubEventType.ABDUCTION, tr.weight());
        }
        Boolean state = takerIsState(tr, toks, hitStart, hitEnd, clauseStart, agent, taken);
        if (state != null) {
            return new Typed(state ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                    : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, tr.weight());
        }
        return null;
    }

    /** Whether who takes ground is state forces: by the agent's side, else the opposite of the side driven out. */
    private Boolean takerIsState(Trigger tr, List<Token> toks, int hitStart, int hitEnd, int clauseStart,
                                 List<NameSpan> agent, List<NameSpan> taken) {
        Boolean state = null;
        boolean active = !tr.has("agent_after") && !(hitStart > clauseStart
                && (RoleReader.beVerb(toks.get(hitStart - 1)) || toks.get(hitStart - 1).is("been")));
        for (NameSpan a : agent) {
            if (active && a.start() >= hitEnd) {
                continue; // in the active voice the agent comes first: a later name acts in another phrase
            }
            Boolean s = stateOrNot(toks, a);
            if (s != null) {
                state = state == null ? s : state || s;
            }
        }
        if (state == null && !agent.isEmpty()) {
            // an agent of unknown side against a known side: the other side ("drove out government troops")
            for (NameSpan a : taken) {
                boolean object = a.start() >= hitEnd && (a.start() - hitEnd <= 3
                        || toks.get(a.start() - 1).is("from") || toks.get(a.start() - 2).is("from"));
                Boolean s = object ? stateOrNot(toks, a) : null;
                if (s != null) {
                    state = !s;
                }
            }
        }
        return state;
    }

    boolean equipmentObject(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < Math.min(clauseEnd, from + 5); i++) {
            if (toks.get(i).isPunct()) {
                return false;
            }
            if (typeLex.equipment().at(toks, i, clauseEnd) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb's object is people under arms ("five soldiers", "two militants"): a name right after the verb
     * (a determiner or number between at most) that ends in a lower-case head and ends its phrase, so that "army
     * positions" or "ISIS-held villages" stay ground.
     */
    private static boolean armedPeopleTaken(List<Token> toks, int hitEnd, int clauseEnd, List<NameSpan> taken) {
        for (NameSpan p : taken) {
            if (p.civilian() || p.start() < hitEnd || p.start() - hitEnd > 2) {
                continue;
            }
            Token head = toks.get(p.end() - 1);
            String next = p.end() < clauseEnd ? toks.get(p.end()).lower() : null;
            boolean ends = next == null || toks.get(p.end()).isPunct() || PHRASE_ENDS.contains(next)
                    || PREPOSITIONS.contains(next);
            if (ends && head.text().equals(head.lower()) && head.lower().endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject of a passive is a person: a pronoun that stands for people ("he was captured"), or a name
     * ending in a lower-case head right before the be-verb ("a soldier was captured", "two officers were seized"),
     * where a place would be written with a capital.
     */
    private static boolean personSubject(List<Token> toks, int hitStart, int clauseStart, List<NameSpan> taken) {
        int subjectEnd = hitStart;
        while (subjectEnd > clauseStart && (RoleReader.beVerb(toks.get(subjectEnd - 1))
                || toks.get(subjectEnd - 1).is("been"))) {
            subjectEnd--;
        }
        if (subjectEnd == hitStart || subjectEnd == clauseStart) {
            return false;
        }
        if (PERSON_PRONOUNS.contains(toks.get(subjectEnd - 1).lower())) {
            return true;
        }
        for (NameSpan p : taken) {
            Token head = toks.get(p.end() - 1);
            if (p.end() == subjectEnd && head.isWord() && head.text().equals(head.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the object is goods or buildings: a property noun up to five words on, before any punctuation or
     * preposition other than a quantity's "of" ("seized a number of houses", not "the rector of the church").
     */
    private boolean propertyObject(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < Math.min(clauseEnd, from + 5); i++) {
            Token t = toks.get(i);
            if (t.isPunct() || PREPOSITIONS.contains(t.lower())
                    && !(t.is("of") && i > from && QUANTITY_OF.contains(toks.get(i - 1).lower()))) {
                return false;
            }
            if (typeLex.propertyNouns().at(toks, i, clauseEnd) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb whose object stands before it: after "was / were / been" ("weapons were seized"), or a bare participle
     * ending its phrase ("weapons and ammunition seized.", "seized by the army").
     */
    private static boolean passive(List<Token> toks, int hitStart, int hitEnd, int clauseStart, int clauseEnd) {
        if (hitStart > clauseStart && (RoleReader.beVerb(toks.get(hitStart - 1)) || toks.get(hitStart - 1).is("been"))) {
            return true;
        }
        return hitStart > clauseStart && !toks.get(hitStart - 1).isPunct()
                && (hitEnd >= clauseEnd || toks.get(hitEnd).isPunct() || toks.get(hitEnd).is("by"));
    }

    /**
     * A noun of the set before the verb: right before it ("weapons seized included"), or for a passive among the
     * three words before (past a be-verb), no punctuation between.
     */
    private static boolean taken(PhraseSet<Boolean> nouns, List<Token> toks, int hitStart, int clauseStart,
                                 boolean passive) {
        int reach = passive ? 4 : 1;
        for (int i = hitStart - 1; i >= Math.max(clauseStart, hitStart - reach); i--) {
            if (toks.get(i).isPunct()) {
                return false;
            }
            if (nouns.at(toks, i, hitStart) != null) {
                return true;
            }
        }
        return false;
    }

    /** An agreement word right after the verb, up to three words on ("entered into a ceasefire"). */
    private boolean agreementObject(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < Math.min(clauseEnd, from + 3); i++) {
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, clauseEnd);
            if (m != null) {
                return m.value().type() == SubEventType.AGREEMENT;
            }
        }
        return false;
    }

    /** "seized a car loaded with explosives": a weapon word in the object, up to six words on, no punctuation. */
    private boolean weaponObject(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < Math.min(clauseEnd, from + 6); i++) {
            if (toks.get(i).isPunct()) {
                return false;
            }
            if (toks.get(i).is("and") && i + 1 < clauseEnd) {
                PhraseSet.Match<Trigger> next = triggerLex.eventWordAt(toks, i + 1, clauseEnd);
                if (next != null && next.value().verb()) {
                    return false; // "entered Syria and shelled Tal Rifaat": a second act, not what was taken
                }
            }
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, clauseEnd);
            if (m != null && m.value().type() != null
                    && m.value().type().eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
                return true;
            }
        }
        return false;
    }

    /**
     * State forces or forces acting for the state: pro-government words decide first ("pro-government fighters",
     * "National Defence Forces"), then words of non-state groups ("rebel", "Turkish-backed", "Free Syrian Army"),
     * then words of state forces ("army", "troops", "security forces").
     */
    boolean isState(List<Token> toks, NameSpan a) {
        return Boolean.TRUE.equals(stateOrNot(toks, a));
    }

    /**
     * True for state forces, false for a known non-state group, null when the name says neither ("the 4th
     * Division"). A possessive owner right before the name counts ("the army's 4th Division").
     */
    Boolean stateOrNot(List<Token> toks, NameSpan a) {
        int from = a.start();
        if (from >= 2 && toks.get(from - 1).is("'s")) {
            from -= 2;
        }
        for (int i = from; i < a.end(); i++) {
            if (typeLex.proStateWords().contains(toks.get(i).lower())) {
                return true;
            }
        }
        for (int i = from; i < a.end(); i++) {
            if (typeLex.nonStateWords().contains(toks.get(i).lower())) {
                return false;
            }
        }
        for (int i = from; i < a.end(); i++) {
            if (typeLex.stateWords().contains(toks.get(i).lower())) {
                return true;
            }
        }
        return null;
    }
}
