package org.sitrep.eval.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Mention;

class GeoEvaluatorTest {
    private final GeoEvaluator evaluator = new GeoEvaluator();

    private static GoldDocument doc(String id, String split, String text, String name, double lat, double lon,
                                    String gid) {
        int at = text.indexOf(name);
        return new GoldDocument(id, split, text,
                List.of(new GoldToponym(Mention.of(name, at, at + name.length()), lat, lon, gid, 1)));
    }

    @Test
    void evaluate_rightWrongAndUnresolved_countedApart() {
        List<GoldDocument> docs = List.of(
                doc("right", "dev", "Shelling hit Aleppo at dawn.", "Aleppo", 36.20124, 37.16117, "geonames:170063"),
                // gold deliberately far away (a wrong label): the answer must count as a miss
                doc("wrong", "dev", "Protests filled Homs again.", "Homs", 33.0, 44.0, "geonames:1"),
                doc("none", "test", "Clashes were reported in Soran.", "Soran", 36.56579, 37.21270, null));
        GeoScore s = evaluator.evaluate("fixture", docs);
        assertEquals(3, s.toponyms());
        assertEquals(2, s.resolved(), s.summary());
        assertEquals(1, s.within161());
        assertEquals(1, s.within25());
        assertEquals(2, s.goldIds());
        assertEquals(1, s.idMatches());
        assertEquals(2 / 3.0, s.coverage(), 1e-9);
        assertEquals(0.5, s.precision161(), 1e-9);
        // misses: the wrong answer (beyond 161 km) and the unanswered toponym (NaN km)
        assertEquals(2, s.misses().size(), s.misses().toString());
        assertEquals("wrong", s.misses().get(0).document());
        assertEquals("none", s.misses().get(1).document());
        assertTrue(Double.isNaN(s.misses().get(1).km()));
        assertEquals(3, s.inArea(), "all three gold points lie in the Levant boxes");
        assertTrue(s.summary().startsWith("fixture: 3 docs, 3 toponyms"), s.summary());
    }

    @Test
    void split_keepsOnlyThatSplit() {
        List<GoldDocument> docs = List.of(doc("a", "dev", "Rain in Homs.", "Homs", 34.7, 36.7, null),
                doc("b", "test", "Rain in Hama.", "Hama", 35.1, 36.7, null));
        assertEquals(List.of("b"), GeoEvaluator.split(docs, "test").stream().map(GoldDocument::id).toList());
    }

    @Test
    void evaluate_empty_zeroesNotNaNRatios() {
        GeoScore s = evaluator.evaluate("empty", List.of());
        assertEquals(0, s.accuracy161());
        assertEquals(0, s.precision161());
        assertTrue(Double.isNaN(s.medianKm()));
    }
}
