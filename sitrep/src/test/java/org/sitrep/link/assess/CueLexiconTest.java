package org.sitrep.link.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    static final CueLexicon CUES = CueLexicon.bundled();

    static CueLexicon.Axis axis(String name) {
        return CUES.axes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void bundled_data_everyAxisTwoPositionsAndOtherListsLoad() {
        assertTrue(CUES.axes().size() >= 4);
        CUES.axes().forEach(a -> assertEquals(2, a.positions().size(), a.name()));
        assertFalse(Belligerents.bundled().party(new org.sitrep.model.ActorRef("SDF", null, null,
                org.sitrep.model.Mention.of("SDF", 0, 3))).isEmpty());
        assertFalse(FatalityFigure.vague().isEmpty());
    }

    @Test
    void position_gapWithinClause_matchesAcrossClause_not() {
        CueLexicon.Axis road = axis("road");
        assertEquals("road cut", CUES.position(road, CueText.of("Fighters cut the main supply road.")));
        assertNull(CUES.position(road, CueText.of("Fighters cut power, and the road stayed busy.")));
    }

    @Test
    void position_negatedCue_otherPosition() {
        CueLexicon.Axis control = axis("control");
        assertEquals(control.positions().get(1),
                CUES.position(control, CueText.of("The army said the rebels failed to capture the hill.")));
        assertEquals(control.positions().get(1),
                CUES.position(control, CueText.of("Officials insist the town wasn't captured.")));
    }

    @Test
    void combatantCue_found_negatedIgnored() {
        assertEquals("were fighters", CUES.combatantCue("Locals said the men killed were fighters."));
        assertNull(CUES.combatantCue("Locals said the dead were not fighters but farmers."));
    }

    @Test
    void axes_badRows_errorNamesFileAndLine() {
        AssessmentDataException e = assertThrows(AssessmentDataException.class, () -> CueLexicon.axes(
                DataLines.parse("cues.tsv", List.of("# c", "x\ta\tone", "x\tb\ttwo", "x\tc\tthree"), 3)));
        assertTrue(e.getMessage().startsWith("cues.tsv line 4"), e.getMessage());
        assertThrows(AssessmentDataException.class, () -> CueLexicon.axes(
                DataLines.parse("cues.tsv", List.of("x\ta\tone"), 3)));
    }
}
