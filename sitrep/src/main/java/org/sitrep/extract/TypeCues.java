package org.sitrep.extract;

import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * Words the type rules weigh: equipment and manned aircraft, property and headquarters nouns, protest escalation
 * and instrument phrases with the type they point to, and the side words of state, pro-state, non-state and mobs;
 * the phrases saying that ground changed hands without a fight, the words saying that people were harmed, and what
 * people gathered for when their gathering is a protest.
 */
record TypeCues(PhraseSet<Boolean> equipment, PhraseSet<Boolean> propertyNouns, PhraseSet<Boolean> hqNouns,
                PhraseSet<Boolean> mannedAircraft, PhraseSet<SubEventType> protestEscalation,
                PhraseSet<SubEventType> instrumentActors, Set<String> stateWords, Set<String> proStateWords,
                Set<String> nonStateWords, Set<String> mobWords, PhraseSet<Boolean> noFighting,
                PhraseSet<Boolean> harmWords, PhraseSet<Boolean> gatheringPurposes) {
    static TypeCues load() {
        return new TypeCues(Lexicons.phrases("equipment.txt"), Lexicons.phrases("property_nouns.txt"),
                Lexicons.phrases("hq_nouns.txt"), Lexicons.phrases("manned_aircraft.txt"),
                Lexicons.typedPhrases("protest_escalation.tsv"), Lexicons.typedPhrases("instrument_actors.tsv"),
                Lexicons.words("state_words.txt"), Lexicons.words("pro_state_words.txt"),
                Lexicons.words("non_state_words.txt"), Lexicons.words("mob_words.txt"),
                Lexicons.phrases("no_fighting.txt"), Lexicons.phrases("harm_words.txt"),
                Lexicons.phrases("gathering_purposes.txt"));
    }
}
