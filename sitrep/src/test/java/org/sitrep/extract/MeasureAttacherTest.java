package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Measure;
import org.sitrep.model.MeasureKind;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SubEventType;

/** Measures through the extraction stage: which report carries them, and what they keep from the other numbers. */
class MeasureAttacherTest {
    private static List<Measure> all(List<Report> rs) {
        return rs.stream().flatMap(r -> r.measures().stream()).toList();
    }

    private static Report only(List<Report> rs) {
        assertEquals(1, rs.size(), rs.toString());
        return rs.get(0);
    }

    @Test
    void extract_killedAndDestroyed_fatalitiesAndEquipmentApart() {
        Report r = only(Fixtures.body("Rebels killed 3 soldiers and destroyed 2 tanks near Hama."));
        assertEquals(3, r.fatalities().value());
        assertEquals(1, r.measures().size());
        Measure m = r.measures().get(0);
        assertEquals(MeasureKind.EQUIPMENT_DESTROYED, m.kind());
        assertEquals(2, m.quantity().value());
        assertEquals("tank", m.what());
        // provenance: the span points at the amount in the document text
        String text = "Rebels killed 3 soldiers and destroyed 2 tanks near Hama.";
        assertEquals("2", m.quantity().mention().span().of(text));
    }

    @Test
    void extract_equipmentAmountBeforeKillVerb_notATollOfDeaths() {
        Report r = only(Fixtures.body("Rebels destroyed two tanks and killed their crews in fighting near Hama."));
        assertNull(r.fatalities());
        assertTrue(r.flags().contains("amount_read_as_measure"));
        assertEquals(2, r.measures().get(0).quantity().value());
    }

    @Test
    void extract_displacedBeforeDeaths_displacementNotATollOfDeaths() {
        List<Report> rs = Fixtures.body("5,000 people fled and 12 were killed in airstrikes on Idlib.");
        for (Report r : rs) {
            assertTrue(r.fatalities() == null || r.fatalities().value() != 5000, r.toString());
        }
        assertEquals(List.of(5000), all(rs).stream().map(m -> m.quantity().value()).toList());
        assertEquals("people", all(rs).get(0).what());
    }

    @Test
    void extract_capturedMortars_notAStrikeCount() {
        Report r = only(Fixtures.body("Rebels captured 3 mortars in clashes near Hama."));
        assertNull(r.count());
        assertEquals(MeasureKind.EQUIPMENT_CAPTURED, r.measures().get(0).kind());
        assertEquals("mortar", r.measures().get(0).what());
    }

    @Test
    void extract_strikeSummaryLine_countAndEquipmentBothKept() {
        List<Report> rs = Fixtures.body("The coalition conducted airstrikes against IS in Syria on Tuesday.\n"
                + "Near Raqqa, four airstrikes struck an IS tactical unit and destroyed two vehicles.");
        Report line = rs.stream().filter(r -> r.kind() == ReportKind.COUNT).findFirst().orElseThrow();
        assertEquals(4, line.count().value());
        assertEquals(List.of("2 vehicle"), line.measures().stream()
                .map(m -> m.quantity().value() + " " + m.what()).toList());
    }

    @Test
    void extract_twoClauses_measureOnlyOnItsOwnClausesReport() {
        List<Report> rs = Fixtures.body("Jets bombed Idlib on Monday; rebels shot down a helicopter near Hama.");
        assertEquals(2, rs.size(), rs.toString());
        assertEquals(1, all(rs).size(), rs.toString());
        for (Report r : rs) {
            if (r.subEventType() == SubEventType.AIR_DRONE_STRIKE) {
                assertTrue(r.measures().isEmpty(), r.toString());
            } else {
                assertEquals(List.of("helicopter"), r.measures().stream().map(Measure::what).toList());
            }
        }
    }

    @Test
    void extract_displacementShapes_peopleAndFamiliesKeptApart() {
        List<Measure> ms = all(Fixtures.body(
                "Some 40,000 people fled the fighting in Manbij, the UN said.\n\n"
                        + "Thousands of families fled their homes as jets bombed Idlib.\n\n"
                        + "The shelling forced 5,000 residents to leave Azaz."));
        assertEquals(List.of("40000 people", "1000 families", "5000 people"),
                ms.stream().map(m -> m.quantity().value() + " " + m.what()).toList());
    }

    @Test
    void extract_noNumber_noMeasureButFlagsStay() {
        Report r = only(Fixtures.body("ISIS captured large amounts of ammunition in the attack on Palmyra."));
        assertTrue(r.measures().isEmpty());
        assertTrue(r.flags().contains("captured_equipment"));
        assertTrue(all(Fixtures.body("Government forces suffered heavy losses in equipment during fighting near Hama."))
                .isEmpty());
    }

    @Test
    void assign_noFacts_measuresGoNowhere() {
        MeasureAttacher a = new MeasureAttacher(ExtractLexicons.get().triggers(), ExtractLexicons.get().numbers(),
                ExtractLexicons.get().actors());
        String s = "Some 40,000 people fled.";
        List<Token> toks = Tokenizer.tokenize(s, 0, s.length());
        List<MeasureHit> hits = a.read(s, toks);
        assertEquals(1, hits.size());
        assertTrue(a.assign(toks, List.of(), hits).isEmpty());
        assertNotEquals(0, MeasureAttacher.measures(hits).size());
    }
}
