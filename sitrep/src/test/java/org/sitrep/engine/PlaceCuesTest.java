package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Location;
import org.sitrep.model.Report;

/**
 * Issue #4 "Places" through the whole engine, on sentences we wrote: transliteration variants, relative cues,
 * the two Sorans, roads, governorates, precision, and unresolved places keeping their candidates.
 */
class PlaceCuesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 6, 20);

    private static Location place(String body) {
        return AcceptanceDocs.onlyEventPlace(PUBLISHED, body);
    }

    @Test
    void transliterationVariants_sameGazetteerEntry() {
        String aleppo = place("Rebels shelled army positions in Aleppo on Monday.").gazetteerId();
        assertEquals(aleppo, place("Rebels shelled army positions in Halab on Monday.").gazetteerId());
        String deir = place("Rebels shelled army positions in Deir ez-Zor on Monday.").gazetteerId();
        assertEquals(deir, place("Rebels shelled army positions in Deir al-Zour on Monday.").gazetteerId());
    }

    @Test
    void compassCue_southOfAleppo_nearTheCityPrecisionTwo() {
        Location l = place("Rebels shelled army positions south of Aleppo on Monday.");
        assertEquals("Aleppo", l.admin1());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void governorate_theAleppoGovernorate_regionPrecisionThree() {
        Location l = place("Rebels shelled army positions in the Aleppo Governorate on Monday.");
        assertEquals(3, l.geoPrecision());
        assertEquals("Aleppo", l.admin1());
        assertTrue(l.resolved());
    }

    @Test
    void twoSorans_toldApartByTheirNeighbours() {
        Location nearAzaz = place("Rebels shelled army positions in Soran, near Azaz, on Monday.");
        Location nearHama = place("Rebels shelled army positions in Soran, north of Hama, on Monday.");
        assertEquals("Aleppo", nearAzaz.admin1());
        assertEquals("Hamah", nearHama.admin1());
        assertFalse(nearAzaz.gazetteerId().equals(nearHama.gazetteerId()));
    }

    @Test
    void ambiguousNameWithoutContext_unresolvedWithItsCandidates() {
        Location l = place("Rebels shelled army positions in Souran on Monday.");
        assertFalse(l.resolved());
        assertNull(l.geoPrecision());
        assertTrue(l.candidates().size() >= 2, l.candidates()::toString);
    }

    @Test
    void unknownVillage_unresolvedNeverGuessed() {
        Location l = place("Rebels shelled army positions in Kafr Zaytoonabad on Monday.");
        assertFalse(l.resolved());
        assertNull(l.gazetteerId());
    }

    @Test
    void roadWithNamedSegment_placedOnTheRoadPrecisionTwo() {
        Location l = place("IS fighters attacked an army convoy on the M5 highway near Khan Shaykhun on Monday.");
        assertEquals("road:m5", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
        assertEquals("Idlib", l.admin1());
    }

    @Test
    void roadWithoutSegment_onTheRoadPrecisionTwo() {
        Location l = place("IS fighters attacked an army convoy on the M4 highway on Monday.");
        assertEquals("road:m4", l.gazetteerId());
        assertEquals(2, l.geoPrecision());
    }

    @Test
    void eventPlaceNotOrigin_movedFromOnePlaceAndAttackedInAnother() {
        Report r = AcceptanceDocs.onlyEvent(PUBLISHED, "Nusra fighters moved from Idlib and attacked the army in Hama.");
        assertEquals("Hamah", r.location().admin1());
    }

    @Test
    void plainTownName_precisionOne() {
        Location l = place("Rebels shelled army positions in Azaz on Monday.");
        assertEquals(1, l.geoPrecision());
        assertEquals("Aleppo", l.admin1());
    }
}
