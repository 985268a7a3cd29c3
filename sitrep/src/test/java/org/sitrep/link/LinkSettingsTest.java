package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkSettingsTest {
    private final LinkSettings s = LinkSettings.standard();

    @Test
    void standard_weightsSumToOne() {
        assertEquals(1.0, s.weightPlace() + s.weightTime() + s.weightType() + s.weightActors() + s.weightText(), 1e-9);
    }

    @Test
    void radiusKm_growsWithCoarserPrecision_andTakesTheCoarserOfTwo() {
        assertTrue(s.radiusKm(1, 1) < s.radiusKm(2, 2) && s.radiusKm(2, 2) < s.radiusKm(3, 3));
        assertEquals(s.radiusKm(3, 3), s.radiusKm(1, 3));
    }

    @Test
    void standard_provinceAgreementAlone_staysBelowTheJoinThreshold() {
        // same type and same day, agreeing on a province only, nothing else: not enough to link
        double best = s.weightPlace() * s.placeStrength3() + s.weightTime() * s.strengthDay() + s.weightType();
        assertTrue(best < s.joinThreshold(), "province + day + type = " + best);
    }

    @Test
    void standard_placeDayAndTypeAgreement_isEnoughEvenWithDisputedPerpetrators() {
        // perpetrators disputed, victims shared: actor agreement (-1 + 1) / 2 = 0
        double s1 = s.weightPlace() * 0.5 + s.weightTime() * s.strengthDay() + s.weightType();
        assertTrue(s1 >= s.joinThreshold(), "town at the limit + day + type, perpetrators disputed = " + s1);
    }
}
