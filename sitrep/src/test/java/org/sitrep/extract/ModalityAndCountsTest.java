package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.SubEventType;

/** End-to-end extraction checks for modal noun events, per-location strike lines and rates (our own wording). */
class ModalityAndCountsTest {
    private static List<Report> events(List<Report> rs) {
        return rs.stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
    }

    private static List<Report> counts(List<Report> rs) {
        return rs.stream().filter(r -> r.kind() == ReportKind.COUNT).toList();
    }

    @Test
    void extract_modalGoverningNounEvent_notAsserted() {
        for (String s : List.of(
                "One stray artillery shell near the bridge could start a war between the two armies.",
                "A single ambush on the convoy might wreck the truce.",
                "A clash along the river would be far harder to stop than the skirmishes of last year.",
                "Neither side wants a battle for the dam.",
                "Suppose the militants still hold the hills; then the offensive stalls.",
                "Analysts warned that airstrikes on the port will follow.",
                "Every offensive on the valley has ended in retreat.")) {
            for (Report r : events(Fixtures.body(s))) {
                assertFalse(r.modality().assertsOccurrence(), () -> s + " -> " + r.modality() + " " + r.subEventType());
            }
        }
    }

    @Test
    void extract_modalAfterAnotherVerbTrigger_eventStaysAsserted() {
        List<Report> rs = events(Fixtures.body("Airstrikes killed five men in Idlib who may have been fighters."));
        assertFalse(rs.isEmpty());
        assertTrue(rs.stream().anyMatch(r -> r.modality() == Modality.ASSERTED), rs::toString);
    }

    @Test
    void extract_negationAndOpeningHistory_notAsserted() {
        for (String s : List.of("The army did not shell the village on Monday.",
                "Since the militants captured the town in 2014, trade has collapsed.")) {
            for (Report r : events(Fixtures.body(s))) {
                assertFalse(r.modality().assertsOccurrence() && r.trigger().text().matches("shell|captured"),
                        () -> s + " -> " + r.modality());
            }
        }
    }

    @Test
    void extract_commentSection_neverYieldsCounts() {
        assertTrue(Fixtures.stage().extract(Fixtures.doc(SectionKind.COMMENT,
                "Near Raqqa, 4 airstrikes destroyed an IS tank.")).isEmpty());
    }

    @Test
    void extract_perLocationStrikeLines_countObservationsWithPlaceAndContextActor() {
        List<Report> rs = Fixtures.body("The coalition conducted airstrikes against IS in Syria on Tuesday.\n"
                + "Near Raqqa, four airstrikes struck an IS tactical unit and destroyed a tank.\n"
                + "Near Manbij, 2 airstrikes destroyed an IS fighting position.");
        List<Report> c = counts(rs);
        assertEquals(List.of(4, 2), c.stream().map(r -> r.count().value()).toList());
        assertEquals(List.of("Raqqa", "Manbij"), c.stream().map(r -> r.location().name()).toList());
        assertTrue(c.stream().allMatch(r -> r.subEventType() == SubEventType.AIR_DRONE_STRIKE));
        assertTrue(c.stream().allMatch(r -> ExtractStageTest.names(r.actor1()).equals(List.of("coalition"))));
        assertTrue(c.stream().allMatch(r -> r.flags().contains("location_vicinity")));
        assertTrue(c.get(0).flags().contains("destroyed_equipment"));
        // the lines are tallies, not events of their own
        assertTrue(events(rs).stream().noneMatch(r -> r.evidence().text().startsWith("Near")));
    }

    @Test
    void extract_pipeTable_rowsCountedWithHeaderType() {
        List<Report> rs = Fixtures.body("The coalition carried out airstrikes against IS.\n\n"
                + "Location | Airstrikes | Assessed results\n\n"
                + "Near Homs | 3 | struck an IS unit\n\n"
                + "Near Palmyra | 0 | none");
        List<Report> c = counts(rs);
        assertEquals(List.of(3, 0), c.stream().map(r -> r.count().value()).toList());
        assertTrue(c.stream().allMatch(r -> r.subEventType() == SubEventType.AIR_DRONE_STRIKE
                && r.flags().contains("type_from_table_header")));
        assertEquals("Homs", c.get(0).location().name());
    }

    @Test
    void extract_inAPlaceWithCountInProse_staysAnEvent() {
        List<Report> rs = Fixtures.body("In Aleppo, 4 airstrikes killed 10 civilians on Sunday.");
        assertEquals(1, events(rs).size());
        assertTrue(counts(rs).isEmpty());
    }

    @Test
    void extract_averagePerDay_countWithAveragingRecorded() {
        List<Report> rs = Fixtures.body("The coalition struck IS positions near Raqqa in July.\n\n"
                + "Russian jets flew an average of 6.8 sorties per day in August.");
        Report avg = counts(rs).stream().filter(r -> r.flags().contains("average")).findFirst().orElseThrow();
        assertEquals(6, avg.count().value(), "the whole part: conservative");
        assertTrue(avg.flags().contains("average_value=6.8"));
        assertTrue(avg.flags().contains("per_day"));
        assertTrue(avg.flags().contains("count_rounded_down"));
        assertEquals(SubEventType.AIR_DRONE_STRIKE, avg.subEventType());
        assertTrue(avg.count().mention().text().startsWith("an average of 6.8"));
        assertTrue(events(rs).stream().noneMatch(r -> r.evidence().text().contains("average")));
    }

    @Test
    void extract_averageWithoutNoun_typeAndActorFromContext() {
        List<Report> rs = Fixtures.body("The coalition carried out airstrikes on IS near Raqqa.\n\n"
                + "That is an average of 3 per day in June.");
        Report avg = counts(rs).get(0);
        assertEquals(3, avg.count().value());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, avg.subEventType());
        assertTrue(avg.flags().contains("type_from_context"));
        assertEquals(List.of("coalition"), ExtractStageTest.names(avg.actor1()));
    }

    @Test
    void extract_approximateRateInSentence_countNotEvent() {
        List<Report> rs = Fixtures.body("Strikes fell to ~4 airstrikes per day up to the end of October.");
        Report c = counts(rs).stream().filter(r -> r.flags().contains("rate")).findFirst().orElseThrow();
        assertEquals(4, c.count().value());
        assertTrue(c.flags().contains("approximate"));
        assertNotNull(c.trigger());
    }
}
