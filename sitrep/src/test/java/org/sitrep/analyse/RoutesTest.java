package org.sitrep.analyse;

import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.places.Gazetteer;

class RoutesTest {
    private final Routes routes = Routes.standard();

    @Test
    void theRoutesOfIssue11_areKnownWithTownsInOrderAndASource() {
        for (String id : List.of("road:khanasser", "road:m5", "road:m4", "road:aleppo-azaz", "road:castello",
                "road:raqqa-tabqa", "road:damascus-palmyra-deirezzor", "road:deirezzor-abukamal",
                "road:damascus-tanf")) {
            Route r = routes.find(id).orElseThrow(() -> new AssertionError(id + " missing"));
            assertTrue(r.towns().size() >= 2, id);
            assertTrue(r.source() != null && r.source().startsWith("https://"), id + " has no source");
        }
        List<String> khanasser = routes.find("khanasser").orElseThrow().towns().stream().map(Town::gazetteerId)
                .toList();
        assertEquals("sup:ithriyah", khanasser.get(1));
        assertTrue(khanasser.indexOf("geonames:168351") < khanasser.indexOf("geonames:172503"),
                "Khanasser lies before as-Safira on the way to Aleppo");
    }

    @Test
    void find_byIdNameOrAlias_anyCase() {
        assertEquals("road:khanasser", routes.find("Khanasser highway").orElseThrow().id());
        assertEquals("road:khanasser", routes.find("KHANASSER").orElseThrow().id());
        assertEquals("road:m5", routes.find("M5").orElseThrow().id());
        assertEquals("road:castello", routes.find("the Castello road".substring(4)).orElseThrow().id());
        assertFalse(routes.find("Euphrates").isPresent(), "rivers are no routes");
        assertFalse(routes.find("no such road").isPresent());
    }

    @Test
    void dependence_coversItsMonths() {
        Route k = routes.find("road:khanasser").orElseThrow();
        assertEquals("syrian-armed-forces", k.dependentOn(LocalDate.of(2015, 10, 24)).orElseThrow().actorId());
        assertFalse(k.dependentOn(LocalDate.of(2012, 1, 1)).isPresent());
    }

    @Test
    void badRows_failNamingFileAndLine() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> Routes.load(Gazetteer.get(), List.of(
                new DataRow("routes.tsv", 9, new String[] {"road:nowhere", "-", "-", "-", "https://x", ""},
                        AnalyseData.DataException::new))));
        assertTrue(e.getMessage().startsWith("routes.tsv line 9: "), e.getMessage());
        RuntimeException month = assertThrows(RuntimeException.class, () -> Routes.load(Gazetteer.get(), List.of(
                new DataRow("routes.tsv", 4, new String[] {"road:m5", "syrian-armed-forces", "spring", "-",
                    "https://x", ""}, AnalyseData.DataException::new))));
        assertTrue(month.getMessage().contains("line 4") && month.getMessage().contains("spring"),
                month.getMessage());
    }
}
