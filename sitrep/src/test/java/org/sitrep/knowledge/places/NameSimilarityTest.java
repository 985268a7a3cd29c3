package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void score_sameKey_isOne() {
        assertEquals(1.0, NameSimilarity.score("Al-Bab", "al bab"));
    }

    @Test
    void score_romanisationVariant_atLeastSameSkeleton() {
        assertTrue(NameSimilarity.score("Deir Ezzor", "Dayr az Zawr") >= NameSimilarity.SAME_SKELETON);
    }

    @Test
    void score_unrelatedNames_low() {
        assertTrue(NameSimilarity.score("Homs", "Manbij") < 0.6);
    }

    @Test
    void jaroWinkler_knownValue() {
        assertEquals(0.961, NameSimilarity.jaroWinkler("martha", "marhta"), 0.001);
    }
}
