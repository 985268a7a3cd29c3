package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;

/**
 * `sitrep route` end to end through the command line: ingest, then each day's status of a road with its evidence.
 * First on two short wire pieces of our own about the M4, then (issue 11's acceptance) on the three real pages and
 * the examples about the Khanasser road in October 2015.
 */
class RouteAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void ownWirePieces_closedNearAriha_stillBlocked_thenReopened() throws IOException, URISyntaxException {
        Path db = dir.resolve("own.db");
        Path pieces = Path.of(getClass().getResource("/org/sitrep/analyse/m4-2016").toURI());
        run("ingest", "--db", db.toString(), pieces.toString());
        List<JsonNode> days = days("route", "M4", "--db", db.toString(), "--from", "2016-02-29", "--to",
                "2016-03-06", "--format", "jsonl");
        assertEquals(7, days.size());
        assertEquals("unknown", status(days, "2016-02-29"));
        assertEquals("cut", status(days, "2016-03-01"));
        JsonNode first = day(days, "2016-03-01");
        assertTrue(cutAt(first).contains("Ar"), "cut near Ariha: " + first);
        assertEquals("cut", status(days, "2016-03-02"));
        assertEquals("cut", status(days, "2016-03-04"), "carried, fading");
        assertTrue(day(days, "2016-03-04").get("confidence").asDouble() < first.get("confidence").asDouble());
        assertEquals("open", status(days, "2016-03-05"));
        for (JsonNode d : days.subList(1, days.size())) {
            assertFalse(d.get("evidence").isEmpty(), "evidence on " + d.get("date"));
            assertEquals("road:m4", d.get("route").get("id").asText());
        }
    }

    @Test
    void realPages_khanasserRoad_openThenCutNearIthriyahThenContested() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        String examples = System.getProperty("sitrep.examples");
        Path articles = shared == null ? null : Path.of(shared, "corpus", "articles");
        Assumptions.assumeTrue(articles != null && Files.isDirectory(articles) && examples != null,
                "../shared/corpus/articles absent: the Khanasser road acceptance was not measured");
        Path db = dir.resolve("real.db");
        run("ingest", "--db", db.toString(), articles.toString(), examples);
        List<JsonNode> days = days("route", "khanasser", "--db", db.toString(), "--from", "2015-10-20", "--to",
                "2015-10-31", "--format", "jsonl");
        assertEquals(12, days.size());
        for (String d : List.of("2015-10-20", "2015-10-21", "2015-10-22", "2015-10-23")) {
            assertEquals("open", status(days, d), d);
        }
        for (String d : List.of("2015-10-24", "2015-10-25", "2015-10-26", "2015-10-27", "2015-10-28",
                "2015-10-29", "2015-10-30")) {
            assertEquals("cut", status(days, d), d);
        }
        assertTrue(cutAt(day(days, "2015-10-24")).startsWith("Ithriyah"), day(days, "2015-10-24").toString());
        assertEquals("contested", status(days, "2015-10-31"), "mostly cleared though still endangered");
        for (JsonNode d : days) {
            assertFalse(d.get("evidence").isEmpty(), "evidence on " + d.get("date"));
            assertFalse(d.get("reasons").isEmpty(), "reasons on " + d.get("date"));
        }
    }

    private static String status(List<JsonNode> days, String date) {
        return day(days, date).get("status").asText();
    }

    private static JsonNode day(List<JsonNode> days, String date) {
        return days.stream().filter(d -> d.get("date").asText().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + date));
    }

    /** The places where the day's segments are cut, joined; empty when none is placed. */
    private static String cutAt(JsonNode day) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode s : day.get("segments")) {
            if (!s.get("cut_at").isNull()) {
                sb.append(s.get("cut_at").get("name").asText()).append(' ');
            }
        }
        return sb.toString();
    }

    private static List<JsonNode> days(String... args) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run(args).split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(0, code, () -> String.join(" ", args) + " failed: " + err);
        return out.toString();
    }
}
