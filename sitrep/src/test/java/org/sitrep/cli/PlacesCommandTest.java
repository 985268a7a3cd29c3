package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.cli.MainTest.run;
import static org.sitrep.cli.MainTest.runWithInput;
import static org.sitrep.cli.MainTest.textFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.MainTest.Run;

/** {@code sitrep places} in-process, on a short text of our own naming Syrian towns. */
class PlacesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.lines().toList()) {
            nodes.add(JSON.readTree(l));
        }
        return nodes;
    }

    private static JsonNode find(List<JsonNode> nodes, String text) {
        return nodes.stream().filter(n -> n.get("text").asText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + nodes));
    }

    @Test
    void places_syrianTowns_resolvedInSyriaWithOffsetsAndCandidates() throws Exception {
        Path f = textFixture("report.txt");
        String text = Files.readString(f);
        Run r = run("places", f.toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        for (JsonNode n : out) {
            assertEquals(n.get("text").asText(), text.substring(n.get("start").asInt(), n.get("end").asInt()));
        }
        for (String town : List.of("Saraqib", "Idlib", "Maarat al-Numan", "Douma")) {
            JsonNode n = find(out, town);
            assertTrue(n.get("resolved").asBoolean(), n.toString());
            assertEquals("SY", n.get("country").asText(), n.toString());
            double lat = n.get("lat").asDouble();
            double lon = n.get("lon").asDouble();
            assertTrue(lat > 32.3 && lat < 37.4 && lon > 35.7 && lon < 42.4, "inside Syria: " + n);
            assertFalse(n.get("gazetteer_id").asText().isBlank(), n.toString());
            assertFalse(n.get("name").asText().isBlank(), n.toString());
            assertTrue(n.get("candidates").isArray() && !n.get("candidates").isEmpty(), n.toString());
            assertTrue(n.get("candidates").get(0).has("gazetteer_id"), "snake_case candidates: " + n);
        }
        JsonNode saraqib = find(out, "Saraqib");
        assertEquals(35.86, saraqib.get("lat").asDouble(), 0.05);
        assertEquals(36.80, saraqib.get("lon").asDouble(), 0.05);
    }

    @Test
    void places_stdin_sameAsFile() throws Exception {
        Path f = textFixture("report.txt");
        Run fromStdin = runWithInput(Files.readString(f), "places", "-");
        assertEquals(0, fromStdin.code(), fromStdin.err());
        assertEquals(run("places", f.toString()).out(), fromStdin.out());
    }

    @Test
    void places_missingFile_exitOneNamingIt() {
        Path missing = dir.resolve("absent.txt");
        Run r = run("places", missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("sitrep: " + missing + ": no such file"), r.err());
        assertEquals(2, run("places").code());
    }
}
