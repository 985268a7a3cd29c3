package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class TypeCompatibilityTest {
    private final TypeCompatibility types = TypeCompatibility.standard();

    @Test
    void compatible_listedPair_isSymmetric() {
        assertTrue(types.compatible(SubEventType.ARMED_CLASH, SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertTrue(types.compatible(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.ARMED_CLASH));
    }

    @Test
    void compatible_sameType_isAlwaysAllowed() {
        for (SubEventType t : SubEventType.values()) {
            assertTrue(types.compatible(t, t), t.label());
        }
    }

    @Test
    void compatible_unlistedPair_isRejected() {
        assertFalse(types.compatible(SubEventType.PEACEFUL_PROTEST, SubEventType.AIR_DRONE_STRIKE));
        assertFalse(types.compatible(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                SubEventType.GOVERNMENT_REGAINS_TERRITORY));
    }

    @Test
    void compatible_unknownType_isNoEvidenceEitherWay() {
        assertTrue(types.compatible(null, SubEventType.ARRESTS));
    }

    @Test
    void specificity_typeWithFewerPartners_isMoreSpecific() {
        // Armed clash pairs with three other labels in the data, Chemical weapon with two
        assertTrue(types.specificity(SubEventType.CHEMICAL_WEAPON) > types.specificity(SubEventType.ARMED_CLASH));
    }
}
