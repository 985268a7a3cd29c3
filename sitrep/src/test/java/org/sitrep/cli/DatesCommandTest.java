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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.MainTest.Run;

/** {@code sitrep dates} in-process. */
class DatesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Shelling hit the town yesterday, three days after talks on 3 March 2016 "
            + "broke down.\n";

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> out2 = new java.util.ArrayList<>();
        for (String l : out.lines().toList()) {
            out2.add(JSON.readTree(l));
        }
        return out2;
    }

    private static JsonNode find(List<JsonNode> nodes, String text) {
        return nodes.stream().filter(n -> n.get("text").asText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + nodes));
    }

    @Test
    void dates_withDct_relativeAnchoredOffsetsTrue() throws Exception {
        Path f = Files.writeString(dir.resolve("t.txt"), TEXT);
        Run r = run("dates", "--dct", "2016-03-07", f.toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        for (JsonNode n : out) {
            assertEquals(n.get("text").asText(), TEXT.substring(n.get("start").asInt(), n.get("end").asInt()));
            assertTrue(n.has("alt_values") && n.has("flags") && n.has("precision"), "snake_case fields: " + n);
        }
        JsonNode yesterday = find(out, "yesterday");
        assertEquals("DATE", yesterday.get("type").asText());
        assertEquals("2016-03-06", yesterday.get("value").asText());
        assertEquals("2016-03-06", yesterday.get("from").asText());
        assertEquals("2016-03-03", find(out, "3 March 2016").get("value").asText());
    }

    @Test
    void dates_withoutDct_relativeUnanchoredNeverToday() throws Exception {
        Run r = runWithInput(TEXT, "dates", "-");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        JsonNode yesterday = find(out, "yesterday");
        assertTrue(yesterday.get("from").isNull(), yesterday.toString());
        assertTrue(yesterday.get("flags").toString().contains("unanchored"), yesterday.toString());
        String today = LocalDate.now().toString();
        String yesterdayDate = LocalDate.now().minusDays(1).toString();
        assertFalse(r.out().contains(today) || r.out().contains(yesterdayDate), r.out());
        assertEquals("2016-03-03", find(out, "3 March 2016").get("value").asText(), "explicit dates need no dct");
    }

    @Test
    void dates_badDct_exitTwoWithMessage() throws Exception {
        String f = textFixture("report.txt").toString();
        for (String bad : List.of("2016-02-30", "07/03/2016", "yesterday", "2016-3-7")) {
            Run r = run("dates", "--dct", bad, f);
            assertEquals(2, r.code(), bad);
            assertTrue(r.err().contains("--dct") && r.err().contains("'" + bad + "'")
                    && r.err().contains("YYYY-MM-DD"), r.err());
        }
    }

    @Test
    void dates_missingFile_exitOneNamingIt() {
        Path missing = dir.resolve("gone.txt");
        Run r = run("dates", "--dct", "2016-03-07", missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("sitrep: " + missing + ": no such file"), r.err());
    }

    @Test
    void dates_noExpressions_emptyOutputExitZero() throws Exception {
        Run r = runWithInput("No time words here at all.", "dates", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
    }
}
