package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.sqlite.StoreDump;

/**
 * The whole chain through the command line on the repo's example corpus and, when present, on the real sample
 * pages in ../shared: real extraction, resolution, storage and export, no hand-built records.
 */
class ExamplesEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static String run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(expectedCode, code, "exit code; stderr: " + err);
        return out.toString();
    }

    static Path examples() {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        return Path.of(p);
    }

    /** The real sample pages in ../shared, or the test is skipped saying which checks were left out. */
    static Path realArticles(String skipped) {
        String shared = System.getProperty("sitrep.shared");
        Path articles = shared == null ? null : Path.of(shared, "corpus", "articles");
        Assumptions.assumeTrue(articles != null && Files.isDirectory(articles),
                "../shared/corpus/articles absent: " + skipped);
        return articles;
    }

    static List<JsonNode> lines(String jsonl) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : jsonl.split("\n")) {
            if (!l.isBlank()) {
                out.add(JSON.readTree(l));
            }
        }
        return out;
    }

    @Test
    void ingest_examplesTwice_identicalStoreAndRealEvents() throws Exception {
        Path db = dir.resolve("ex.db");
        run(0, "ingest", "--db", db.toString(), examples().toString());
        List<String> dump = StoreDump.dump(db);
        String again = run(0, "ingest", "--db", db.toString(), examples().toString());
        assertTrue(again.startsWith("0 documents added, 10 unchanged"), again);
        assertEquals(dump, StoreDump.dump(db));

        List<JsonNode> reports = lines(run(0, "export", "--db", db.toString(), "--what", "reports", "--format",
                "jsonl"));
        List<JsonNode> events = lines(run(0, "export", "--db", db.toString(), "--what", "events", "--format",
                "jsonl"));
        assertTrue(events.size() >= 10, "events from the examples: " + events.size());
        for (JsonNode r : reports) {
            assertFalse(r.get("section").asText().equals("comment") && !r.get("event_id").isNull(),
                    "a comment became an event: " + r);
            String ev = r.get("evidence").get("text").asText();
            int start = r.get("evidence").get("start").asInt();
            assertTrue(start >= 0 && r.get("evidence").get("end").asInt() >= start + ev.length() - 1);
        }
        // the strike release's table rows are count observations, never events
        reports.stream().filter(r -> r.get("kind").asText().equals("count"))
                .forEach(r -> assertTrue(r.get("event_id").isNull()));
        assertTrue(reports.stream().filter(r -> r.get("kind").asText().equals("count"))
                .filter(r -> r.get("document").get("path").asText().contains("cjtf")).count() >= 4,
                "the strike release's per-location rows are count observations");
        // the opinion column argues and predicts: nothing in it is an event
        reports.stream().filter(r -> r.get("document").get("path").asText().contains("opinion"))
                .forEach(r -> assertTrue(r.get("event_id").isNull(), "opinion became an event: " + r));
        JsonNode grade = null;
        for (JsonNode e : events) {
            assertTrue(e.get("grade").isObject(), "every stored event is graded: " + e);
            grade = e.get("grade");
        }
        assertNotNull(grade);
    }

    private static JsonNode reportWith(List<JsonNode> reports, String file, String words) {
        return reports.stream().filter(r -> r.get("document").get("path").asText().contains(file))
                .filter(r -> r.get("evidence").get("text").asText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no report in " + file + " saying '" + words + "'"));
    }

    @Test
    void ingest_examplesAndRealPages_sameFightLinksAcrossPiecesOtherDaysApart_gradeFiltersWork() throws Exception {
        Path articles = realArticles("cross-source linking checks skipped");
        Path db = dir.resolve("link.db");
        run(0, "ingest", "--db", db.toString(), examples().toString(), articles.toString());
        List<JsonNode> reports = lines(run(0, "export", "--db", db.toString(), "--what", "reports", "--format",
                "jsonl"));
        // piece 1 (wire: IS overran the checkpoints) and piece 3 (state media: the attack was repelled) tell one fight
        JsonNode seized = reportWith(reports, "wire-khanasser", "overran army checkpoints");
        JsonNode repelled = reportWith(reports, "progov-khanaser", "repelled an attack");
        assertFalse(seized.get("event_id").isNull());
        assertEquals(seized.get("event_id").asText(), repelled.get("event_id").asText(),
                "one fight told by both sides is one event");
        // the road reopened two weeks later: another event
        reports.stream().filter(r -> r.get("document").get("path").asText().contains("road-reopened"))
                .filter(r -> !r.get("event_id").isNull())
                .forEach(r -> assertFalse(r.get("event_id").asText().equals(seized.get("event_id").asText()),
                        "a report of another day joined the fight: " + r.get("evidence")));
        // its two sides disagree on the outcome: the event is contested, and --contested finds it
        List<JsonNode> contested = lines(run(0, "events", "--db", db.toString(), "--contested", "--format",
                "jsonl"));
        assertTrue(contested.stream().anyMatch(e -> e.get("id").asText().equals(seized.get("event_id").asText())),
                "the fight is contested");
        contested.forEach(e -> assertTrue(e.get("contradictions").size() > 0, e.toString()));
        String shown = run(0, "show", "--db", db.toString(), seized.get("event_id").asText());
        assertTrue(shown.contains("contradictions (") && shown.contains("grade: "), shown);
        // the real page reposts a blog entry: recognised as a copy, and its reports count once with the original
        JsonNode repost = reports.stream().filter(r -> r.get("document").get("path").asText()
                .contains("globalresearch")).findFirst().orElseThrow();
        String doc = run(0, "show", "--db", db.toString(), repost.get("document").get("id").asText());
        assertTrue(doc.contains("republishes: "), doc);
        assertTrue(shown.contains("republished") && shown.contains("counted once"), shown);
        // grade filters select by the stored grade; a bad letter is a usage error
        List<JsonNode> all = lines(run(0, "events", "--db", db.toString(), "--format", "jsonl"));
        List<JsonNode> credible = lines(run(0, "events", "--db", db.toString(), "--min-credibility", "2",
                "--format", "jsonl"));
        assertTrue(credible.size() < all.size(), credible.size() + " of " + all.size());
        credible.forEach(e -> assertTrue(e.get("grade").get("credibility").asInt() <= 2, e.toString()));
        assertEquals(0, lines(run(0, "events", "--db", db.toString(), "--reliability", "E", "--format", "jsonl"))
                .size(), "no reliability configured: every source is F");
        run(2, "events", "--db", db.toString(), "--reliability", "Q");
    }

    @Test
    void ingest_realSamplePages_datesAsStatedOrUnknownAndFlags() throws Exception {
        Path articles = realArticles("real-page checks skipped");
        Path db = dir.resolve("real.db");
        run(0, "ingest", "--db", db.toString(), articles.toString());
        List<JsonNode> reports = lines(run(0, "export", "--db", db.toString(), "--what", "reports", "--format",
                "jsonl"));
        assertFalse(reports.isEmpty());
        for (JsonNode r : reports) {
            JsonNode doc = r.get("document");
            String path = doc.get("path").asText();
            String published = doc.get("published").isNull() ? null : doc.get("published").asText();
            if (path.contains("globalresearch")) {
                assertEquals("2015-10-31", published);
            } else if (path.contains("syrianews")) {
                assertNull(published, "the page states no date");
            } else if (path.contains("forum")) {
                assertEquals("2012-11-14", published, "the date the page states");
                assertTrue(doc.get("flags").toString().contains("date_implausible"), doc.toString());
            }
            String text = r.get("evidence").get("text").asText();
            assertFalse(text.contains("Disclaimer") || text.contains("GDPR") || text.contains("Copyright"),
                    "boilerplate became a report: " + text);
        }
        long counts = reports.stream().filter(r -> r.get("kind").asText().equals("count")
                && r.get("document").get("path").asText().contains("globalresearch")).count();
        assertTrue(counts >= 10, "daily strike table rows as count observations: " + counts);
        assertNotNull(reports.get(0).get("attribution"));
    }
}
