package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * Turns a trigger into a sub-event type and weight given its clause, following ACLED's definitions: who acts and
 * against whom decides the type.
 * <ul>
 * <li>Generic violence against civilian victims is "Attack"; a kill with armed victims is an armed clash.</li>
 * <li>Generic violence whose actor is an instrument ("jets struck", "drones hit") takes the instrument's type.</li>
 * <li>Violence by a crowd of ordinary people ("villagers", "an angry crowd") is mob violence, by protesters a violent
 * demonstration, and force against protesters excessive force ({@link CrowdRules}).</li>
 * <li>Territorial verbs split by who acts (state forces regain, others overtake); capturing equipment is
 * disrupted weapons use, capturing people an abduction.</li>
 * <li>"destroyed" with a property object is property destruction; "set up"/"established" counts only with a
 * base or post as object.</li>
 * <li>Protests escalate with intervention, force or violence words (the most serious one wins; {@link
 * CrowdRules}).</li>
 * <li>Noun triggers in background phrases ("after heavy fighting", "following demonstrations") weigh half.</li>
 * </ul>
 * The stage and {@link SnippetClassifier} share these rules.
 */
final class TypeRules {
    private static final Set<String> AERIAL_WORDS = ClosedClass.of("aerial-words");
    private static final Set<String> BACKGROUND = ClosedClass.of("background");
    /** Words opening a clause that sets the scene for the main event ("after the rebels withdrew"). */
    private static final Set<String> SCENE_OPENERS = ClosedClass.of("scene-openers");
    /** Words before "of"/"with" that turn what follows into an accusation ("arrested men accused of planting bombs"). */
    private static final Set<String> ACCUSED = ClosedClass.of("accused");
    /** Acts that a deal provides for ("a deal for the evacuation of", "agreed to withdraw"). */
    private static final Set<SubEventType> DEAL_CONTENT = Set.of(SubEventType.NON_VIOLENT_TRANSFER,
            SubEventType.CHANGE_TO_GROUP, SubEventType.HEADQUARTERS_ESTABLISHED);
    /** Means of delivery that a named chemical agent in the same clause overrides. */
    private static final Set<SubEventType> MEANS = Set.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.REMOTE_EXPLOSIVE, SubEventType.ARMED_CLASH,
            SubEventType.ATTACK);
    private static final Set<String> BE = ClosedClass.of("be-forms-plain");
    private static final Set<String> RELATIVE = ClosedClass.of("relative");
    private static final Set<String> DETERMINERS = ClosedClass.of("determiners.type-rules");

    /** A type with its weight; type null means the trigger says nothing about the type here. */
    record Typed(SubEventType type, double weight) {
    }

    private final TriggerLexicon triggerLex;
    private final ActorLexicon actorLex;
    private final TypeCues typeLex;
    private final TerritoryRules territory;
    private final CrowdRules crowds;

    TypeRules(TriggerLexicon triggerLex, ActorLexicon actorLex, TypeCues typeLex) {
        this.triggerLex = triggerLex;
        this.actorLex = actorLex;
        this.typeLex = typeLex;
        this.territory = new TerritoryRules(triggerLex, typeLex, actorLex.stateForces().keySet());
        this.crowds = new CrowdRules(triggerLex, actorLex, typeLex);
    }

    Typed type(Trigger tr, List<Token> toks, int hitStart, int hitEnd, int clauseStart, int clauseEnd,
               List<NameSpan> actor1, List<NameSpan> actor2) {
        Typed t = base(tr, toks, hitStart, hitEnd, clauseStart, clauseEnd, actor1, actor2);
        if (t.type() == null) {
            return t;
        }
        if (MEANS.contains(t.type()) && chemicalAgent(toks, clauseStart, clauseEnd)) {
            t = new Typed(SubEventType.CHEMICAL_WEAPON, t.weight());
        }
        if (t.type().eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE
                && seizedOrStopped(toks, hitStart, clauseStart, clauseEnd)) {
            return new Typed(t.type(), t.weight() / 4); // "seized a van packed with explosives"
        }
        if (accusation(toks, hitStart, clauseStart)) {
            return new Typed(t.type(), t.weight() / 4);
        }
        if (!tr.verb() && background(toks, hitStart, clauseStart) || scene(toks, hitStart, clauseStart)) {
            return new Typed(t.type(), t.weight() / 2);
        }
        if (DEAL_CONTENT.contains(t.type()) && dealContent(toks, hitStart, clauseStart)) {
            return new Typed(t.type(), t.weight() / 4);
        }
        if (t.type() == SubEventType.CHANGE_TO_GROUP) {
            // "moved towards the road and attacked it": a move is the approach to an act of the same clause, which
            // wins a tie; alone it is still the event
            return new Typed(t.type(), t.weight() - 0.5);
        }
        return t;
    }

    private Typed base(Trigger tr, List<Token> toks, int hitStart, int hitEnd, int clauseStart, int clauseEnd,
                       List<NameSpan> actor1, List<NameSpan> actor2) {
        boolean civilianVictims = !actor2.isEmpty() && actor2.stream().allMatch(NameSpan::civilian);
        boolean violent = tr.type() == null ? tr.has("kill") || tr.has("injure") || tr.has("generic")
                : tr.has("generic") || tr.has("violent");
        if (violent) {
            Typed byWho = violenceByWho(toks, hitStart, clauseStart, clauseEnd, actor1, actor2, civilianVictims);
            if (byWho != null) {
                return byWho;
            }
        }
        if (tr.has("establish")) {
            return hqObject(toks, hitEnd, clauseEnd) ? new Typed(SubEventType.HEADQUARTERS_ESTABLISHED, tr.weight())
                    : new Typed(null, 0);
        }
        if (tr.type() == null) {
            return untyped(tr, toks, hitEnd, clauseEnd, actor2, civilianVictims);
        }
        if (tr.has("generic") && civilianVictims) {
            return new Typed(SubEventType.ATTACK, 1.5);
        }
        if (tr.has("territory")) {
            Typed taken = territory.type(tr, toks, hitStart, hitEnd, clauseStart, clauseEnd, actor1, actor2);
            if (taken != null) {
                return taken;
            }
            // an agent of unknown side ("the 4th Division", "Kurdish fighters"): the verb's own reading
            // ("recaptured" regains, "overran" overtakes) is the better guess than either side
        }
        if (tr.has("downing") && downedAircraft(toks, hitEnd, clauseEnd) >= 0) {
            return new Typed(SubEventType.ARMED_CLASH, tr.weight()); // "shot down a jet": its crew fought back
        }
        if (tr.has("armed_target") && (!armedObject(actor2, hitEnd)
                || hitStart > clauseStart && DETERMINERS.contains(toks.get(hitStart - 1).lower()))) {
            // "besieged Aleppo" is a siege of a place; "the surrounded unit" an adjective, no act
            return new Typed(null, 0);
        }
        if (tr.has("air_or_ground") && !aerialContext(toks, clauseStart, hitStart, clauseEnd, actor1)) {
            return new Typed(SubEventType.REMOTE_EXPLOSIVE, tr.weight());
        }
        if (tr.has("purpose") && !purposeAfter(toks, hitEnd, clauseEnd) && !crowds.protesting(toks, actor1, true)) {
            // "fighters gathered near the front": a gathering with no cause voiced; "protesters gathered" is one
            return new Typed(null, 0);
        }
        if (tr.type().eventType() == SubEventType.EventType.PROTESTS) {
            if (CrowdRules.officialVoice(toks, clauseStart, hitStart)) {
                return new Typed(null, 0); // "the foreign ministry protested the decision": diplomacy, no crowd
            }
            SubEventType escalated = crowds.protestEscalation(toks, clauseStart, clauseEnd);
            if (escalated != null) {
                return new Typed(escalated, tr.weight());
            }
        }
        return new Typed(tr.type(), tr.weight());
    }

    /**
     * Violence typed by who acts and against whom: an instrument as actor ("jets struck"), protesters or a crowd of
     * ordinary people acting, or force against protesters; null when none of these.
     */
    private Typed violenceByWho(List<Token> toks, int hitStart, int clauseStart, int clauseEnd,
                                List<NameSpan> actor1, List<NameSpan> actor2, boolean civilianVictims) {
        SubEventType instrument = instrument(toks, actor1);
        if (instrument == null && !(hitStart > clauseStart && RoleReader.beVerb(toks.get(hitStart - 1)))) {
            instrument = subjectInstrument(toks, clauseStart, hitStart, clauseEnd);
        }
        if (instrument != null) {
            return new Typed(instrument, 3);
        }
        // "were attacked", "the residents in the area of the massacre": the words before the act are not its doer
        boolean inPhrase = CrowdRules.inPrepositionalPhrase(toks, clauseStart, hitStart);
        boolean passive = inPhrase || hitStart > clauseStart && RoleReader.beVerb(toks.get(hitStart - 1));
        List<NameSpan> doers = inPhrase ? actor1.stream().filter(a -> a.start() >= hitStart).toList() : actor1;
        if (crowds.protesting(toks, doers, true)
                || !passive && crowds.subjectProtest(toks, clauseStart, hitStart, clauseEnd)) {
            // "students protested against the killing of a classmate": the protest's subject, no act of theirs
            return CrowdRules.topic(toks, clauseStart, hitStart) ? new Typed(null, 0)
                    : new Typed(SubEventType.VIOLENT_DEMONSTRATION, 4);
        }
        if (crowds.mob(toks, doers, clauseStart, clauseEnd)
                || !passive && crowds.subjectMob(toks, clauseStart, hitStart, clauseEnd)) {
            return new Typed(SubEventType.MOB_VIOLENCE, 4);
        }
        if (civilianVictims && crowds.protesting(toks, actor2, false)) {
            return new Typed(SubEventType.EXCESSIVE_FORCE, 3);
        }
        return null;
    }

    /** Whether the clause after a gathering verb says what the gathering was for ("to call for", "chanting"). */
    private boolean purposeAfter(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < clauseEnd; i++) {
            if (typeLex.gatheringPurposes().at(toks, i, clauseEnd) != null) {
                return true;
            }
        }
        return false;
    }

    /** A trigger with no type of its own: a kill or attack typed by its victims, a destruction by its object. */
    private Typed untyped(Trigger tr, List<Token> toks, int hitEnd, int clauseEnd, List<NameSpan> actor2,
                          boolean civilianVictims) {
        if (tr.has("kill") || tr.has("injure") || tr.has("generic")) {
            if (civilianVictims) {
                return new Typed(SubEventType.ATTACK, 1.5);
            }
            if (!actor2.isEmpty() && (tr.has("kill") || tr.has("injure"))) {
                return new Typed(SubEventType.ARMED_CLASH, 0.5);
            }
        }
        if (tr.has("destroy") && within(typeLex.propertyNouns(), toks, hitEnd, clauseEnd, 6)) {
            return new Typed(SubEventType.LOOTING_PROPERTY_DESTRUCTION, 2);
        }
        return new Typed(null, 0);
    }

    /** The crowd side of these rules (protests, mobs, what an act is about). */
    CrowdRules crowds() {
        return crowds;
    }

    /** Whether a territorial verb's object is military equipment ("captured several vehicles"). */
    boolean equipmentObject(List<Token> toks, int from, int clauseEnd) {
        return territory.equipmentObject(toks, from, clauseEnd);
    }

    /** Index of a manned aircraft word within five words after a downing verb (no punctuation between), or -1. */
    int downedAircraft(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < Math.min(clauseEnd, from + 5); i++) {
            if (toks.get(i).isPunct()) {
                return -1;
            }
            if (typeLex.mannedAircraft().at(toks, i, clauseEnd) != null) {
                return i;
            }
        }
        return -1;
    }

    /** A non-civilian actor after the verb: "surrounded 15 soldiers", not "besieged the town" or "the villagers". */
    private static boolean armedObject(List<NameSpan> actor2, int hitEnd) {
        return actor2.stream().anyMatch(a -> a.start() >= hitEnd && !a.civilian());
    }

    /**
     * A verb trigger in a clause that sets the scene ("after the insurgents withdrew", "driving out fighters from
     * the posts they had seized", "relatives who disappeared"): a scene opener or a pluperfect up to six words
     * back, or a relative pronoun up to three, without punctuation in between.
     */
    private static boolean scene(List<Token> toks, int hitStart, int clauseStart) {
        for (int i = hitStart - 1; i >= Math.max(clauseStart, hitStart - 6); i--) {
            Token t = toks.get(i);
            if (t.isPunct()) {
                return false;
            }
            if (SCENE_OPENERS.contains(t.lower())) {
                return true;
            }
            if (t.is("had") && i > clauseStart && (toks.get(i - 1).is("that") || toks.get(i - 1).is("they")
                    || RELATIVE.contains(toks.get(i - 1).lower()))) {
                return true;
            }
            if (RELATIVE.contains(t.lower()) && hitStart - i <= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A trigger inside an accusation ("accused of planting bombs", "suspected of involvement in the bombing",
     * "arrested for smuggling weapons"): the reason given for another act, not an event of its own.
     */
    private static boolean accusation(List<Token> toks, int hitStart, int clauseStart) {
        for (int i = hitStart - 1; i >= Math.max(clauseStart, hitStart - 5); i--) {
            Token t = toks.get(i);
            if (t.isPunct()) {
                return false;
            }
            // "a man accused of", not "Turkey was accused of shelling" nor "accused Turkey of shelling", which
            // is how a claimed event is reported
            if ((t.is("of") || t.is("with") || t.is("in")) && i > clauseStart
                    && ACCUSED.contains(toks.get(i - 1).lower())
                    && (i - 2 < clauseStart || !RoleReader.beVerb(toks.get(i - 2)))) {
                return true;
            }
            if (t.is("for") && i + 1 <= hitStart && toks.get(i + 1).lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** An agreement word up to eight words back, without punctuation between: what follows is the deal's content. */
    private boolean dealContent(List<Token> toks, int hitStart, int clauseStart) {
        for (int i = hitStart - 1; i >= Math.max(clauseStart, hitStart - 8); i--) {
            if (toks.get(i).isPunct()) {
                return false;
            }
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, hitStart);
            if (m != null && m.value().type() == SubEventType.AGREEMENT) {
                return true;
            }
        }
        return false;
    }

    /** "after heavy fighting", "following demonstrations": a noun trigger that sets the scene, not the event. */
    private static boolean background(List<Token> toks, int hitStart, int clauseStart) {
        for (int i = hitStart - 1; i >= Math.max(clauseStart, hitStart - 4); i--) {
            String w = toks.get(i).lower();
            if (BACKGROUND.contains(w)) {
                return true;
            }
            if (!DETERMINERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A seizing or disrupting verb up to six words back without punctuation: the weapon named here was taken or
     * stopped, not used.
     */
    private boolean seizedOrStopped(List<Token> toks, int hitStart, int clauseStart, int clauseEnd) {
        for (int i = hitStart - 1; i >= Math.max(clauseStart, hitStart - 6); i--) {
            if (toks.get(i).isPunct()) {
                return false;
            }
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, clauseEnd);
            if (m != null && m.end() <= hitStart && (m.value().has("territory")
                    || m.value().type() == SubEventType.DISRUPTED_WEAPONS_USE)) {
                return true;
            }
        }
        return false;
    }

    private boolean hqObject(List<Token> toks, int from, int clauseEnd) {
        for (int i = from; i < Math.min(clauseEnd, from + 7); i++) {
            if (typeLex.hqNouns().at(toks, i, clauseEnd) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(PhraseSet<Boolean> set, List<Token> toks, int from, int clauseEnd, int reach) {
        for (int i = from; i < Math.min(clauseEnd, from + reach); i++) {
            if (toks.get(i).isPunct() && !toks.get(i).is("'s")) {
                return false;
            }
            if (set.at(toks, i, clauseEnd) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a "bombing" is from the air: an aerial instrument or word in the clause ("jets", "air", "raids"),
     * or an actor1 that is not known to be a non-state group (states bomb from the air; "regime bombing",
     * "Russian bombing"). "A bombing at the market", "militants bombed a church" are explosives on the ground.
     */
    private boolean aerialContext(List<Token> toks, int clauseStart, int hitStart, int clauseEnd,
                                  List<NameSpan> actor1) {
        for (int i = clauseStart; i < clauseEnd; i++) {
            PhraseSet.Match<SubEventType> m = typeLex.instrumentActors().at(toks, i, clauseEnd);
            if (m != null && m.value() == SubEventType.AIR_DRONE_STRIKE || AERIAL_WORDS.contains(toks.get(i).lower())) {
                return true;
            }
        }
        // "Israeli bombing of", "Russian heavy bombing": a state's demonym or name right before the noun is that
        // state's forces (state_forces.tsv), a state actor even before the modifier becomes actor1
        for (int i = hitStart - 1; i >= Math.max(clauseStart, hitStart - 3) && toks.get(i).isWord(); i--) {
            if (typeLex.nonStateWords().contains(toks.get(i).lower())) {
                break;
            }
            if (toks.get(i).capitalised() && actorLex.stateForces().containsKey(toks.get(i).text())) {
                return true;
            }
        }
        for (NameSpan a : actor1) {
            boolean nonState = false;
            for (int i = a.start(); i < a.end(); i++) {
                nonState |= typeLex.nonStateWords().contains(toks.get(i).lower());
            }
            if (!nonState && !a.civilian()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An instrument in the subject of the clause ("Aircraft believed to be Iraqi struck", "Warplanes ... targeted a
     * market, killing"): looked for from the clause start up to the first trigger word, so that an instrument
     * that is itself hit ("shot down a helicopter, killing") does not count.
     */
    private SubEventType subjectInstrument(List<Token> toks, int clauseStart, int hitStart, int clauseEnd) {
        for (int i = clauseStart; i < hitStart; i++) {
            PhraseSet.Match<SubEventType> m = typeLex.instrumentActors().at(toks, i, clauseEnd);
            if (m != null) {
                return m.value();
            }
            if (triggerLex.eventWordAt(toks, i, clauseEnd) != null) {
                return null;
            }
        }
        return null;
    }

    /** A named chemical agent anywhere in the clause, not negated by a word right before it. */
    private boolean chemicalAgent(List<Token> toks, int clauseStart, int clauseEnd) {
        for (int i = clauseStart; i < clauseEnd; i++) {
            PhraseSet.Match<Trigger> m = triggerLex.eventWordAt(toks, i, clauseEnd);
            if (m != null && m.value().has("chemical")
                    && !(i > clauseStart && (toks.get(i - 1).is("no") || toks.get(i - 1).is("not")))) {
                return true;
            }
        }
        return false;
    }

    /** The type an acting instrument implies ("warplanes", "artillery"), from instrument_actors.tsv. */
    private SubEventType instrument(List<Token> toks, List<NameSpan> actor1) {
        for (NameSpan a : actor1) {
            for (int i = a.start(); i < a.end(); i++) {
                PhraseSet.Match<SubEventType> m = typeLex.instrumentActors().at(toks, i, a.end());
                if (m != null) {
                    return m.value();
                }
            }
        }
        return null;
    }

}
