package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator must catch what it claims to catch, or the GeoJSON test proves nothing. */
class GeoJsonRulesTest {
    private static String point(String coordinates) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":" + coordinates + "},\"properties\":{}}]}";
    }

    @Test
    void violations_validCollection_none() {
        assertEquals(List.of(), GeoJsonRules.violations(point("[37.1, 36.2]")));
        assertEquals(List.of(), GeoJsonRules.violations(point("[37.1, 36.2, 400]")));
        assertEquals(List.of(), GeoJsonRules.violations("{\"type\":\"FeatureCollection\",\"features\":[]}"));
    }

    @Test
    void violations_brokenInput_found() {
        assertTrue(has(point("[37.1]"), "position"));
        assertTrue(has(point("[\"37.1\", 36.2]"), "numbers"));
        assertTrue(has(point("[200, 36.2]"), "longitude"));
        assertTrue(has(point("[37.1, 95]"), "latitude"));
        assertTrue(has(point("[[37.1, 36.2]]"), "position"));
        assertTrue(has(point("[37.1, 36.2]").replace("\"Feature\"", "\"Thing\""), "Feature"));
        assertTrue(has(point("[37.1, 36.2]").replace("FeatureCollection", "Collection"), "FeatureCollection"));
        assertTrue(has(point("[37.1, 36.2]").replace(",\"properties\":{}", ""), "properties"));
        assertTrue(has(point("[37.1, 36.2]").replace("{\"type\":\"FeatureCollection\"",
                "{\"crs\":{\"type\":\"name\"},\"type\":\"FeatureCollection\""), "crs"));
        assertTrue(has(point("[37.1, 36.2]").replace("\"Point\"", "\"Dot\""), "geometry type"));
        assertTrue(has("[1]", "object"));
        assertTrue(has("{oops", "JSON"));
    }

    private static boolean has(String text, String word) {
        List<String> v = GeoJsonRules.violations(text);
        return v.stream().anyMatch(s -> s.contains(word));
    }
}
