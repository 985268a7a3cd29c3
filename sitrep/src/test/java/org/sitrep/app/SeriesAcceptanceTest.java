package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.w3c.dom.Document;

/**
 * `sitrep series`, `changes` and `test-claim` end to end through the command line. On the examples: every day of a
 * span appears (zeros are data), one document's table rows of a day add up, days no count covers are gaps, and the
 * charts are a well-formed SVG and a PNG. Then issue 11's acceptance on the three real pages and the examples: the
 * coalition strike table becomes a series whose drop after 21-22 October 2015 is found as a lull, and "the strike
 * lull preceded the IS attack" is insufficient evidence, with the reason and what data would decide it.
 */
class SeriesAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void examples_everyDayAppears_tableRowsAddUp_gapsAreNotZeros_chartsDraw() throws Exception {
        Path db = dir.resolve("examples.db");
        run("ingest", "--db", db.toString(), System.getProperty("sitrep.examples", "examples"));
        List<JsonNode> days = lines(run("series", "--db", db.toString(), "--actor", "US-led coalition", "--from",
                "2015-06-01", "--to", "2015-06-10", "--format", "jsonl"));
        assertEquals(10, days.size());
        for (int i = 0; i < 10; i++) {
            JsonNode d = days.get(i);
            assertEquals(LocalDate.of(2015, 6, 1 + i).toString(), d.get("date").asText());
            assertEquals(d.get("events").asInt(), d.get("value").asInt(), "events are the value without counts");
        }
        assertEquals(0, days.get(0).get("events").asInt(), "a day without events is a zero, not left out");
        assertTrue(days.get(6).get("events").asInt() > 0, "the coalition's strikes of 7 June: " + days.get(6));

        List<JsonNode> counted = lines(run("series", "--db", db.toString(), "--type", "Air/drone strike", "--counts",
                "--from", "2015-06-06", "--to", "2015-06-08", "--format", "jsonl"));
        assertEquals(3, counted.size());
        assertTrue(counted.get(0).get("value").isNull(), "no count covers 6 June: a gap " + counted.get(0));
        assertEquals(5 + 2 + 1 + 4, counted.get(1).get("counted").asInt(), "the release's four rows of 7 June");
        assertTrue(counted.get(2).get("value").isNull(), "no count covers 8 June: a gap " + counted.get(2));

        List<JsonNode> weeks = lines(run("series", "--db", db.toString(), "--actor", "US-led coalition", "--from",
                "2015-06-01", "--to", "2015-06-30", "--by", "week", "--format", "jsonl"));
        assertEquals(5, weeks.size(), "four Monday weeks and two days of a fifth");
        assertEquals(2, weeks.get(4).get("days").asInt());

        String svg = run("series", "--db", db.toString(), "--actor", "US-led coalition", "--format", "svg");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getElementsByTagName("rect").getLength() > 1, "bars drawn");
        Path png = dir.resolve("chart.png");
        run("series", "--db", db.toString(), "--actor", "US-led coalition", "--format", "png", "--out", png.toString());
        assertEquals(960, ImageIO.read(png.toFile()).getWidth());
        assertEquals("date,end,events,counted,value,days,observed_days,rate",
                run("series", "--db", db.toString(), "--from", "2015-06-01", "--to", "2015-06-02", "--format", "csv")
                        .lines().findFirst().orElseThrow());
        assertEquals(Main.USAGE, code("series", "--db", db.toString(), "--type", "Skirmish"), "unknown type");
        assertEquals(Main.USAGE, code("series", "--db", db.toString(), "--format", "png"), "png needs --out");
    }

    @Test
    void initiator_countsTheAttacksAnActorMade_notThoseItFoughtOff() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("attack.txt"), "Islamic State fighters attack army posts near Khanasser\n\n"
                + "ALEPPO - Islamic State fighters attacked Syrian army positions near Khanasser on "
                + "3 March 2015, killing six soldiers, a monitor said.\n");
        Files.writeString(pages.resolve("offensive.txt"), "Army pushes on Islamic State lines near Ithriyah\n\n"
                + "HAMA - Syrian army troops attacked Islamic State positions near Ithriyah on "
                + "5 March 2015, and at least four militants were killed, a monitor said.\n");
        Path db = dir.resolve("roles.db");
        run("ingest", "--db", db.toString(), pages.toString());
        String[] battles = {"series", "--db", db.toString(), "--type", "Battles", "--actor", "ISIS", "--from",
            "2015-03-01", "--to", "2015-03-07", "--format", "jsonl"};
        int any = lines(run(battles)).stream().mapToInt(d -> d.get("events").asInt()).sum();
        List<JsonNode> attacked = lines(run(concat(battles, new String[] {"--initiator"})));
        assertEquals(2, any, "Islamic State in any role: its attack and the army's");
        assertEquals(1, attacked.stream().mapToInt(d -> d.get("events").asInt()).sum(), attacked.toString());
        assertEquals(1, attacked.stream().filter(d -> d.get("date").asText().equals("2015-03-03"))
                .mapToInt(d -> d.get("events").asInt()).sum(), "its own attack, on 3 March: " + attacked);
        assertEquals(Main.USAGE, code("series", "--db", db.toString(), "--initiator"), "an initiator needs an actor");
    }

    @Test
    void realPages_coalitionStrikeTableDropsAfter21October_andTheLullClaimIsInsufficientEvidence() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        String examples = System.getProperty("sitrep.examples");
        Path articles = shared == null ? null : Path.of(shared, "corpus", "articles");
        Assumptions.assumeTrue(articles != null && Files.isDirectory(articles) && examples != null,
                "../shared/corpus/articles absent: the strike-lull acceptance was not measured");
        Path db = dir.resolve("real.db");
        run("ingest", "--db", db.toString(), articles.toString(), examples);
        String[] strikes = {"--db", db.toString(), "--type", "Air/drone strike", "--actor", "US-led coalition",
                "--counts"};
        List<JsonNode> series = lines(run(concat(new String[] {"series", "--format", "jsonl"}, strikes)));
        JsonNode oct23 = series.stream().filter(d -> d.get("date").asText().equals("2015-10-23")).findFirst()
                .orElseThrow();
        assertEquals(0, oct23.get("value").asInt(), "the table's zero of 23 October is data");
        assertTrue(series.stream().anyMatch(d -> d.get("value").isNull()), "a day the table skips is a gap");

        List<JsonNode> changes = lines(run(concat(new String[] {"changes"}, strikes)));
        JsonNode drop = changes.stream().filter(c -> c.get("direction").asText().equals("drop")).findFirst()
                .orElseThrow(() -> new AssertionError("no drop found: " + changes));
        LocalDate at = LocalDate.parse(drop.get("date").asText());
        assertFalse(at.isBefore(LocalDate.of(2015, 10, 21)) || at.isAfter(LocalDate.of(2015, 10, 23)), drop.toString());
        assertEquals("lull", drop.get("kind").asText());
        assertTrue(drop.get("probability").asDouble() > 0.9, drop.toString());
        assertTrue(drop.get("rate_before").asDouble() > 3 * drop.get("rate_after").asDouble(), drop.toString());
        assertTrue(drop.get("rate_after_interval").get(1).asDouble() < drop.get("rate_before_interval").get(0)
                .asDouble(), "the rates' intervals do not overlap: " + drop);

        JsonNode verdict = JSON.readTree(run("test-claim", "--db", db.toString(), "--relation", "lull-precedes",
                "--cause-type", "Air/drone strike", "--cause-actor", "US-led coalition", "--cause-counts",
                "--effect-type", "Battles", "--effect-actor", "ISIS", "--format", "json"));
        Set<String> keys = new TreeSet<>();
        verdict.fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(List.of("claim", "verdict", "p_value", "effect", "interval", "n_effect_events",
                "method", "explanation")), keys);
        assertEquals("insufficient_evidence", verdict.get("verdict").asText(), verdict.toString());
        assertTrue(verdict.get("n_effect_events").asInt() >= 1, "the attack is among the effect events: " + verdict);
        String why = verdict.get("explanation").asText();
        assertTrue(why.contains("coincidence") && why.contains("To decide it"), why);
        assertEquals(verdict, JSON.readTree(run("test-claim", "--db", db.toString(), "--relation", "lull-precedes",
                "--cause-type", "Air/drone strike", "--cause-actor", "US-led coalition", "--cause-counts",
                "--effect-type", "Battles", "--effect-actor", "ISIS", "--format", "json")), "repeatable");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<JsonNode> lines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Iterator<String> it = text.lines().iterator(); it.hasNext(); ) {
            String line = it.next();
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static int code(String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).execute(args);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(0, code, () -> String.join(" ", args) + " failed: " + err);
        return out.toString();
    }
}
