package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Report bare() {
        Span span = new Span(0, 20);
        return new Report(Report.idFor("d1", span, 0), ReportKind.EVENT, null, "d1", SectionKind.BODY,
                new Evidence("d1", "Rebels shot down a helicopter.", span), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Modality.ASSERTED, null, null);
    }

    private static Measure helicopter() {
        return new Measure(MeasureKind.EQUIPMENT_DESTROYED, new Quantity(1, Mention.of("a helicopter", 17, 29)),
                "helicopter", Mention.of("shot down a helicopter", 7, 29));
    }

    @Test
    void new_constructorWithoutMeasures_noMeasures() {
        assertTrue(bare().measures().isEmpty());
    }

    @Test
    void withCopies_measuresCarriedThroughEveryCopy() {
        Report r = bare().withMeasures(List.of(helicopter()));
        List<Report> copies = List.of(r.withEventId("e1"), r.withActors(List.of(), List.of(), List.of(), List.of()),
                r.withLocation(null), r.withDate(null), r.withAttribution(List.of()),
                r.withAddedFlags(List.of("checked")));
        for (Report c : copies) {
            assertEquals(List.of(helicopter()), c.measures());
        }
    }

    @Test
    void withMeasures_callersListChangedLater_reportUnchanged() {
        List<Measure> ms = new ArrayList<>(List.of(helicopter()));
        Report r = bare().withMeasures(ms);
        ms.clear();
        assertEquals(1, r.measures().size());
    }

    @Test
    void measure_blankWhatOrMissingQuantity_rejected() {
        Quantity q = new Quantity(2, Mention.of("two", 0, 3));
        assertThrows(IllegalArgumentException.class, () -> new Measure(MeasureKind.DISPLACED, q, " ", null));
        assertThrows(NullPointerException.class, () -> new Measure(MeasureKind.DISPLACED, null, "people", null));
        assertEquals(MeasureKind.DISPLACED, MeasureKind.parse("displaced").orElseThrow());
        assertTrue(MeasureKind.parse("DISPLACED").isEmpty());
    }
}
