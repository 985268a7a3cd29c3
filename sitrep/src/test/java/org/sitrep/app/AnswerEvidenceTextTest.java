package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.RouteDay;

/**
 * Control and route answers cite an event by its first report's sentence. The sentences are read after the answer
 * is decided, only for the events it cites (EvidenceTexts): each cited event still carries its sentence.
 */
class AnswerEvidenceTextTest {
    @TempDir
    Path dir;

    @Test
    void citedEvents_carryTheirSentences() {
        try (Sitrep s = Sitrep.open(dir.resolve("store.db"))) {
            String body = "<p>Islamic State fighters captured Khanasser on Friday after heavy clashes with the "
                    + "Syrian army, a monitor said.</p>";
            s.ingest("a.html", DatedPages.page("2016-03-05", body), Grading.standard(), (f, p) -> { });
            List<ControlInterval> held = s.control("Khanasser", LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 8));
            List<EvidenceItem> cited = held.stream().flatMap(iv -> iv.evidence().stream())
                    .filter(e -> e.eventId() != null).toList();
            assertFalse(cited.isEmpty(), held::toString);
            assertTrue(cited.stream().allMatch(e -> e.text() != null && e.text().contains("captured Khanasser")),
                    cited::toString);
            List<RouteDay> days = s.routeDays("khanasser", LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 8));
            List<EvidenceItem> onRoad = days.stream().flatMap(d -> d.evidence().stream())
                    .filter(e -> e.eventId() != null).toList();
            assertFalse(onRoad.isEmpty(), days::toString);
            assertTrue(onRoad.stream().allMatch(e -> e.text() != null && e.text().contains("captured Khanasser")),
                    onRoad::toString);
        }
    }
}
