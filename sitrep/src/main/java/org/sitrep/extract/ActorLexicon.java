package org.sitrep.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;

/**
 * Words that make or shape an actor mention: heads ("fighters", c = civilian), modifiers, lower-case side words
 * ("rebel shelling"), force words, military ranks, demonyms standing for a state's forces (state_forces.tsv) and
 * capitalised words that are never a name on their own (stop_names.txt), and the status words that make
 * personnel civilians or men armed (actor_status.tsv).
 */
record ActorLexicon(PhraseSet<Boolean> actorHeads, Set<String> actorModifiers, Set<String> sideModifiers,
                    Set<String> forceWords, Set<String> rankWords, Map<String, String> stateForces,
                    Set<String> stopNames, ActorStatus status) {
    static ActorLexicon load() {
        PhraseSet<Boolean> heads = new PhraseSet<>();
        for (DataRow r : DataFile.rows("actor_heads.tsv", 2)) {
            heads.add(r.col(0), r.col(1).equals("c"));
        }
        Map<String, String> stateForces = new HashMap<>();
        for (DataRow r : DataFile.rows("state_forces.tsv", 2)) {
            if (!Character.isUpperCase(r.col(0).charAt(0)) || r.col(1).isBlank()) {
                throw r.error("expected a capitalised name and the forces it stands for");
            }
            if (stateForces.put(r.col(0), r.col(1)) != null) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        return new ActorLexicon(heads.freeze(), Lexicons.words("actor_modifiers.txt"),
                Lexicons.words("side_modifiers.txt"), Lexicons.words("force_words.txt"),
                Lexicons.words("rank_words.txt"), Map.copyOf(stateForces), Lexicons.words("stop_names.txt"),
                ActorStatus.load());
    }
}
