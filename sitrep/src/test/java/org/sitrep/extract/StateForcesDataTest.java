package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;

/** state_forces.tsv: every forces name is a name of exactly one actor of the bundled knowledge base. */
class StateForcesDataTest {
    @Test
    void stateForces_everyForcesName_namesOneKnownActor() {
        Map<String, String> forces = ExtractLexicons.get().actors().stateForces();
        assertFalse(forces.isEmpty());
        ActorKnowledgeBase kb = ActorKnowledgeBase.bundled();
        for (Map.Entry<String, String> e : forces.entrySet()) {
            List<String> ids = kb.names().lookup(e.getValue());
            assertEquals(1, ids.size(), () -> "state_forces.tsv: '" + e.getKey() + "' -> '" + e.getValue()
                    + "' names " + ids + " in the actor knowledge base, expected exactly one actor");
        }
    }

    @Test
    void stateForces_countryAndDemonym_sameForces() {
        Map<String, String> forces = ExtractLexicons.get().actors().stateForces();
        assertEquals(forces.get("Turkey"), forces.get("Turkish"));
        assertEquals(forces.get("United States"), forces.get("American"));
    }
}
