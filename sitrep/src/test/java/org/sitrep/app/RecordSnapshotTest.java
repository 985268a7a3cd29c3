package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;

/**
 * The record sitrep keeps for the examples and the real sample pages, compared with a committed snapshot: a
 * refactoring must leave every stored report and event as it was. Ingests through the command line (the front
 * door users have) into a fresh store and renders every report and event canonically (keys sorted, records by
 * id, machine paths dropped). The reports' event ids are left out of the rendering because the events list their
 * reports. For the real pages, which nobody on the team wrote, every text field is dropped: the snapshot keeps
 * spans, codes and names, never the pages' sentences.
 *
 * <p>When extraction changes on purpose, regenerate the snapshots and review their diff:
 * {@code mvn -o -q -B test -pl sitrep -Dtest=RecordSnapshotTest -Dsitrep.snapshot.update=true}
 */
class RecordSnapshotTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    /** Fields that carry a page's own words (or this machine's paths); dropped from the real pages' rendering. */
    private static final Set<String> PAGE_TEXT = Set.of("text", "title", "author", "path");

    @TempDir
    Path dir;

    @Test
    void examples_storeTheSnapshottedRecord() throws IOException {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        check("examples.txt", Path.of(p), Set.of("path"));
    }

    @Test
    void realPages_storeTheSnapshottedRecord() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Path articles = shared == null ? null : Path.of(shared, "corpus", "articles");
        Assumptions.assumeTrue(articles != null && Files.isDirectory(articles),
                "../shared/corpus/articles absent: the real pages' snapshot was not compared");
        check("real-pages.txt", articles, PAGE_TEXT);
    }

    private void check(String name, Path input, Set<String> dropped) throws IOException {
        Path db = dir.resolve("snapshot.db");
        run("ingest", "--db", db.toString(), input.toString());
        List<String> lines = new ArrayList<>();
        List<JsonNode> reports = records(run("export", "--db", db.toString(), "--what", "reports", "--format",
                "jsonl"));
        List<JsonNode> events = records(run("export", "--db", db.toString(), "--what", "events", "--format",
                "jsonl"));
        lines.add("# " + reports.size() + " reports, " + events.size() + " events (regenerate: see "
                + "RecordSnapshotTest)");
        for (JsonNode r : reports) {
            ObjectNode o = (ObjectNode) r;
            o.remove("event_id");
            o.set("document", o.get("document").get("id"));
            lines.add("report " + canonical(o, dropped));
        }
        for (JsonNode e : events) {
            lines.add("event " + canonical(e, dropped));
        }
        String actual = String.join("\n", lines) + "\n";
        Path snapshot = snapshots().resolve(name);
        if (Boolean.getBoolean("sitrep.snapshot.update")) {
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(snapshot), snapshot + " missing: regenerate it (see RecordSnapshotTest)");
        String expected = Files.readString(snapshot, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path seen = dir.getParent().resolve(name + ".actual");
            Files.writeString(seen, actual, StandardCharsets.UTF_8);
            assertEquals(expected, actual, "the stored record changed (this run's rendering: " + seen
                    + "); if on purpose, regenerate the snapshot (see RecordSnapshotTest)");
        }
    }

    private static Path snapshots() {
        String home = System.getProperty("sitrep.snapshots");
        Assumptions.assumeTrue(home != null, "sitrep.snapshots not set (run through Maven)");
        return Path.of(home);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(0, code, "exit code of " + String.join(" ", args) + "; stderr: " + err);
        return out.toString();
    }

    private static List<JsonNode> records(String jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : jsonl.split("\n")) {
            if (!l.isBlank()) {
                out.add(JSON.readTree(l));
            }
        }
        out.sort(Comparator.comparing(n -> n.get("id").asText()));
        return out;
    }

    private static String canonical(JsonNode node, Set<String> dropped) throws IOException {
        strip(node, dropped);
        return JSON.writeValueAsString(JSON.treeToValue(node, Object.class));
    }

    private static void strip(JsonNode node, Set<String> dropped) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> fields = o.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (dropped.contains(f.getKey())) {
                    fields.remove();
                } else {
                    strip(f.getValue(), dropped);
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> strip(n, dropped));
        }
    }
}
