package org.sitrep.resolve.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorWordsTest {
    @Test
    void lists_loadWithTheWordsTheDisambiguatorNeeds() {
        assertTrue(ActorWords.of("group-nouns").contains("fighters"));
        assertTrue(ActorWords.of("subjects").contains("it"));
        assertTrue(ActorWords.of("before-group").contains("against"));
        assertTrue(ActorWords.LISTS.names().size() == 3);
    }
}
