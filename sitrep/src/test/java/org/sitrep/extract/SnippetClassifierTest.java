package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class SnippetClassifierTest {
    private final SnippetClassifier c = new SnippetClassifier();

    @Test
    void classify_instrumentBeatsGenericViolence() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, c.classify("Russian warplanes killed 9 people in airstrikes on a market.").get(0).type());
        assertEquals(SubEventType.SUICIDE_BOMB, c.classify("A suicide car bomb attack hit a checkpoint.").get(0).type());
        assertEquals(SubEventType.ABDUCTION, c.classify("Gunmen kidnapped two aid workers.").get(0).type());
    }

    @Test
    void classify_territoryByState_governmentRegains() {
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                c.classifyForced("Government troops captured the village after heavy fighting.").type());
    }

    @Test
    void classify_protestWithForce_escalates() {
        assertEquals(SubEventType.EXCESSIVE_FORCE, c.classifyForced("Security forces fired on protesters in the square.").type());
    }

    @Test
    void classifyForced_noEvidence_scoreZero() {
        ScoredType t = c.classifyForced("The weather was fine.");
        assertEquals(0.0, t.score());
        assertTrue(c.classify("The weather was fine.").isEmpty());
    }
}
