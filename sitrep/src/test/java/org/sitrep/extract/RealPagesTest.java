package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Modality;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Section;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Runs on the shared real pages when present (whole text treated as body); asserts on sentences chosen by content. */
class RealPagesTest {
    static List<Report> page(String name) throws Exception {
        String shared = System.getProperty("sitrep.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus/articles")),
                "shared corpus not available (system property sitrep.shared); skipping real-page checks");
        String text = Files.readString(Path.of(shared, "corpus/articles", name));
        Document d = new Document("real", name, "text/plain", "UTF-8", text, text, OffsetMap.identity(), null, null,
                null, null, null, List.of(new Section(SectionKind.BODY, new Span(0, text.length()), "")), List.of());
        return Fixtures.stage().extract(d);
    }

    static List<Report> containing(List<Report> rs, String words) {
        return rs.stream().filter(r -> r.evidence().text().contains(words)).toList();
    }

    @Test
    void supplyRoute_attackHasBothActors_tableHasTenRows_suspicionNotAsserted() throws Exception {
        List<Report> rs = page("2015-10-31-globalresearch-supply-route.txt");
        assertTrue(rs.stream().anyMatch(r -> r.kind() == ReportKind.EVENT && r.actor1().size() == 2
                && r.actor1().stream().anyMatch(a -> a.name().contains("Nusra"))
                && r.actor1().stream().anyMatch(a -> a.name().contains("Islamic State"))), "IS+Nusra attack");
        List<Report> counts = rs.stream().filter(r -> r.kind() == ReportKind.COUNT
                && r.flags().contains("table_row")).toList();
        assertEquals(10, counts.size());
        // the monthly average stated in the text is a count observation that records the averaging
        assertTrue(rs.stream().anyMatch(r -> r.kind() == ReportKind.COUNT && r.flags().contains("average")
                && r.flags().stream().anyMatch(f -> f.startsWith("average_value="))), "average as a count");
        assertTrue(counts.stream().filter(r -> r.count().value() == 0).count() >= 5);
        assertTrue(counts.stream().allMatch(r -> r.subEventType() == SubEventType.AIR_DRONE_STRIKE));
        assertTrue(rs.stream().anyMatch(r -> r.fatalities() != null && r.fatalities().value() == 12));
        for (Report r : rs) {
            if (r.evidence().text().contains("suspects") || r.evidence().text().contains("coincidences")) {
                assertFalse(r.modality().assertsOccurrence(), r.evidence().text());
            }
        }
    }

    @Test
    void deirEzzor_mortarKillAndReportedStrikes() throws Exception {
        List<Report> rs = page("undated-syrianews-deir-ezzor.txt");
        Report mortar = containing(rs, "mortar fire killed").get(0);
        assertTrue(mortar.actor1().stream().anyMatch(a -> a.name().equals("ISIS")));
        assertEquals(1, mortar.fatalities().value());
        Report strikes = containing(rs, "reportedly killed").get(0);
        assertEquals(Modality.REPORTED, strikes.modality());
        assertEquals(850, strikes.fatalities().value());
    }

    @Test
    void soran_civilianVictimsWithChain() throws Exception {
        List<Report> rs = page("undated-forum-soran-airstrikes.txt");
        // the monitor's sentence ("the airstrikes have killed seven family members") is part of the one raid: its
        // victims and its chain join the raid's report, whose numbers come from the sentence that first tells it
        List<Report> telling = containing(rs, "family members");
        assertEquals(1, telling.size());
        Report r = telling.get(0);
        assertTrue(r.actor2().stream().anyMatch(a -> a.name().contains("family members")), r::toString);
        assertTrue(r.attribution().size() >= 2);
        assertEquals(4, r.count().value());
        assertEquals(Modality.ASSERTED, r.modality());
    }
}
