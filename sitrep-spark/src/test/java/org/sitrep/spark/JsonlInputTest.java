package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSONL dumps: each line an article with its title and date; a bad line is skipped, naming file and line. */
class JsonlInputTest {
    @TempDir
    Path dir;

    @Test
    void jsonlLines_becomeDocuments_badLineNamed() throws Exception {
        Path in = dir.resolve("dump.jsonl");
        try (var s = JsonlInputTest.class.getResourceAsStream("articles.jsonl")) {
            Files.write(in, s.readAllBytes());
        }
        SparkJob.Summary s = new SparkJob(TestSpark.session()).run(List.of(in.toString()), dir.resolve("out").toString());
        assertEquals(2, s.documents());
        assertEquals(1, s.skipped());
        assertTrue(s.problems().get(0).startsWith(in + ":3: not valid JSON"), s.problems().get(0));
        Map<String, ObjectNode> docs = SameAnswersTest.byId(TestSpark.records(
                dir.resolve("out/documents").toString()));
        ObjectNode first = docs.values().stream().filter(d -> d.get("path").asText().endsWith("/news/1")).findFirst()
                .orElseThrow();
        assertEquals("Shelling reported near Maarat al-Numan", first.get("title").asText());
        assertEquals("2019-05-12", first.get("published").asText());
        assertTrue(s.reports() > 0, "the articles make reports");
        List<ObjectNode> reports = TestSpark.records(dir.resolve("out/reports").toString());
        for (ObjectNode r : reports) {
            String start = r.path("date").path("start").asText(null);
            // a report is in the month its date starts in; undated ones in Hive's default partition (null)
            assertEquals(start == null ? null : start.substring(0, 7), r.get("month").textValue(), r.toString());
        }
    }
}
