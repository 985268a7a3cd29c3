package org.sitrep.eval.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.knowledge.places.Place;
import org.sitrep.model.Span;

class RealPagesEvaluatorTest {
    private static final Path GOLD = Path.of("../sitrep/src/test/resources/geo/real-pages-toponyms.tsv");

    @Test
    void occurrence_nameInsideHyphenatedName_notCounted() {
        String text = "Shelling near Al-Raqqa; later Raqqa city and Raqqa again.";
        assertEquals(new Span(30, 35), RealPagesEvaluator.occurrence(text, "Raqqa", 1, "t"));
        assertEquals(new Span(45, 50), RealPagesEvaluator.occurrence(text, "Raqqa", 2, "t"));
        assertThrows(IllegalArgumentException.class, () -> RealPagesEvaluator.occurrence(text, "Raqqa", 3, "t"));
    }

    @Test
    void evaluate_ownFixture_countsAnswersMissesAndUnscoredRows() {
        String text = "Clashes were reported in Azaz on Monday, and a convoy reached Afrin. Xqzzyville stayed calm.";
        List<RealPagesEvaluator.Gold> gold = List.of(
                new RealPagesEvaluator.Gold("p", "Azaz", 1, "geonames:172082", 36.58662, 37.04628, 1, "town"),
                // a deliberately wrong gold point: the answer is ~700 km away, so it must count as a miss
                new RealPagesEvaluator.Gold("p", "Afrin", 1, "x", 30.0, 31.0, 1, "wrong on purpose"),
                new RealPagesEvaluator.Gold("p", "Xqzzyville", 1, null, 35.0, 37.0, 1, "unknown village"),
                new RealPagesEvaluator.Gold("p", "Azaz", 1, null, null, null, null, "no point"));
        RealPagesEvaluator.Report r = new RealPagesEvaluator().evaluate(gold, Map.of("p", text));
        assertEquals(3, r.scored());
        assertEquals(2, r.answered());
        assertEquals(1, r.within25());
        assertEquals(1, r.within161());
        assertNull(r.outcomes().get(2).km());
    }

    @Test
    void readGold_badColumnCount_failsNamingFileAndLine() throws Exception {
        Path f = Files.createTempFile("gold", ".tsv");
        Files.writeString(f, "# c\na\tb\tc\td\te\tf\tg\th\npage\tAzaz\t1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RealPagesEvaluator.readGold(f));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Files.delete(f);
    }

    @Test
    void goldFile_idsKnownAndPlacePointsAgreeWithTheGazetteer() throws Exception {
        Gazetteer g = Gazetteer.get();
        List<RealPagesEvaluator.Gold> gold = RealPagesEvaluator.readGold(GOLD);
        assertTrue(gold.size() > 50, "rows: " + gold.size());
        for (RealPagesEvaluator.Gold t : gold) {
            if (t.gazetteerId() == null) {
                continue;
            }
            Place p = g.byId(t.gazetteerId()).orElseThrow(() -> new AssertionError("unknown id " + t.gazetteerId()));
            if (t.precision() != null && t.precision() < 3) {
                double km = Geo.km(p.lat(), p.lon(), t.lat(), t.lon());
                assertTrue(km <= 1 + p.accuracyKm(), t.toponym() + " #" + t.occurrence() + ": " + km + " km");
            } else {
                // a governorate's gold point (its capital) lies inside the governorate
                assertEquals(0.0, g.kmOutside(p.admin1(), t.lat(), t.lon()), 0.0, t.toponym());
            }
        }
    }

    @Test
    void goldFile_everyOccurrenceExistsInItsPage() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus/articles")),
                "sitrep.shared not set or without corpus/articles: real pages not available");
        for (RealPagesEvaluator.Gold t : RealPagesEvaluator.readGold(GOLD)) {
            String text = Files.readString(Path.of(shared, "corpus/articles", t.page()));
            Span s = RealPagesEvaluator.occurrence(text, t.toponym(), t.occurrence(), t.page());
            assertEquals(t.toponym(), text.substring(s.start(), s.end()));
        }
    }
}
