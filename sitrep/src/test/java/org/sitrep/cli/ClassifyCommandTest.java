package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.cli.MainTest.run;
import static org.sitrep.cli.MainTest.runWithInput;
import static org.sitrep.cli.MainTest.textFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.MainTest.Run;
import org.sitrep.model.SubEventType;

/** {@code sitrep classify} in-process on snippet fixtures of our own wording. */
class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) {
        return out.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    /** A named type must be one of ACLED's 25, with its own event type. */
    private static void assertConsistentType(JsonNode n) {
        SubEventType t = SubEventType.parse(n.get("sub_event_type").asText()).orElseThrow(
                () -> new AssertionError("not an ACLED sub-event type: " + n));
        assertEquals(t.label(), n.get("sub_event_type").asText());
        assertEquals(t.eventType().label(), n.get("event_type").asText(), n.toString());
        double score = n.get("score").asDouble();
        assertTrue(score >= 0 && score <= 1, n.toString());
    }

    @Test
    void classify_plainLines_idIsLineNumberNullWhenNothingFits() throws Exception {
        Run r = run("classify", textFixture("snippets.txt").toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        assertEquals(List.of("1", "3", "4"), out.stream().map(n -> n.get("id").asText()).toList(),
                "the blank line 2 is no snippet, and line numbers are the file's");
        assertEquals(3, out.get(1).get("line").asInt());
        assertEquals("Armed clash", out.get(0).get("sub_event_type").asText());
        assertConsistentType(out.get(0));
        assertTrue(out.get(1).get("sub_event_type").isNull(), "a school timetable is no event: " + out.get(1));
        assertTrue(out.get(1).get("score").isNull());
        assertEquals("Shelling/artillery/missile attack", out.get(2).get("sub_event_type").asText());
        assertFalse(out.get(0).has("top") || out.get(0).has("gold"), out.get(0).toString());
        assertEquals("", r.err(), "no summary for unlabelled input");
    }

    @Test
    void classify_forced_alwaysOneOfTheTypes() throws Exception {
        Run r = run("classify", "--forced", textFixture("snippets.txt").toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        assertEquals(3, out.size());
        out.forEach(ClassifyCommandTest::assertConsistentType);
        List<JsonNode> unforced = lines(run("classify", textFixture("snippets.txt").toString()).out());
        assertTrue(unforced.get(1).get("sub_event_type").isNull(), "unforced, the timetable is no event");
        assertEquals(unforced.get(0).get("sub_event_type"), out.get(0).get("sub_event_type"),
                "forcing changes nothing where there is evidence");
        assertTrue(out.get(1).get("score").asDouble() < out.get(0).get("score").asDouble(),
                "a forced choice without triggers scores below a clear finding");
    }

    @Test
    void classify_top_bestFirstAtMostN() throws Exception {
        Run r = run("classify", "--top", "2", textFixture("snippets.txt").toString());
        assertEquals(0, r.code(), r.err());
        for (JsonNode n : lines(r.out())) {
            JsonNode top = n.get("top");
            assertTrue(top.isArray() && top.size() <= 2, n.toString());
            for (int i = 1; i < top.size(); i++) {
                assertTrue(top.get(i - 1).get("score").asDouble() >= top.get(i).get("score").asDouble());
            }
            top.forEach(ClassifyCommandTest::assertConsistentType);
            if (top.isEmpty()) {
                assertTrue(n.get("sub_event_type").isNull());
            } else {
                assertEquals(top.get(0).get("sub_event_type"), n.get("sub_event_type"));
            }
        }
        JsonNode shelling = lines(r.out()).get(2);
        assertEquals(2, shelling.get("top").size(), "shells, and looting beside them: two types: " + shelling);
        Run one = run("classify", "--top", "1", textFixture("snippets.txt").toString());
        lines(one.out()).forEach(n -> assertTrue(n.get("top").size() <= 1));
    }

    @Test
    void classify_idTsv_idsFromFirstColumn() throws Exception {
        Run r = run("classify", textFixture("snippets.tsv").toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        assertEquals(List.of("a1", "b2", "c3"), out.stream().map(n -> n.get("id").asText()).toList());
        Run plain = run("classify", textFixture("snippets.txt").toString());
        assertEquals(lines(plain.out()).stream().map(n -> n.get("sub_event_type")).toList(),
                out.stream().map(n -> n.get("sub_event_type")).toList(), "same texts, same answers");
    }

    @Test
    void classify_labelled_goldEchoedAndSummaryMatchesOutput() throws Exception {
        Run r = run("classify", textFixture("labelled.tsv").toString());
        assertEquals(0, r.code(), r.err());
        List<JsonNode> out = lines(r.out());
        assertEquals(6, out.size(), "the header is no snippet");
        assertEquals("x1", out.get(0).get("id").asText());
        assertEquals("NONE", out.get(1).get("gold").asText());
        // x6 is labelled Agreement on purpose (a car bomb): a wrong gold label, so the scores cannot be perfect
        assertFalse("Agreement".equals(out.get(5).get("sub_event_type").asText()), out.get(5).toString());
        long right = out.stream().filter(n -> n.get("gold").asText().equals(
                n.get("sub_event_type").isNull() ? "NONE" : n.get("sub_event_type").asText())).count();
        assertTrue(right < 6);
        String accuracy = String.format(Locale.ROOT, "accuracy %.3f", right / 6.0);
        assertTrue(r.err().startsWith("sitrep: 6 labelled snippets, 6 labels: " + accuracy + ", weighted F1 "),
                r.err());
        double f1 = Double.parseDouble(r.err().replaceAll("(?s).*weighted F1 ([0-9.]+).*", "$1"));
        assertTrue(f1 < 1, r.err());
    }

    @Test
    void classify_labelledForced_noneRowsLeftOutOfTheSummary() throws Exception {
        Run r = run("classify", "--forced", textFixture("labelled.tsv").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(6, lines(r.out()).size(), "every snippet is answered, NONE-labelled ones too");
        assertTrue(r.err().startsWith("sitrep: 5 labelled snippets, 5 labels: accuracy ")
                && r.err().contains("(forced; 1 labelled NONE not scored)"), r.err());
    }

    @Test
    void classify_stdin_sameAsFile() throws Exception {
        Path f = textFixture("snippets.tsv");
        Run fromFile = run("classify", "--top", "3", f.toString());
        Run fromStdin = runWithInput(Files.readString(f), "classify", "--top", "3", "-");
        assertEquals(0, fromStdin.code(), fromStdin.err());
        assertEquals(fromFile.out(), fromStdin.out());
    }

    @Test
    void classify_tsvFormat_headerAndRankedRows() throws Exception {
        Run r = run("classify", "--format", "tsv", "--top", "2", textFixture("labelled.tsv").toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals("id\trank\tsub_event_type\tevent_type\tscore\tgold", rows.get(0));
        rows.forEach(row -> assertEquals(6, row.split("\t", -1).length, row));
        assertTrue(rows.contains("x2\t0\tNONE\t\t\tNONE"), "no event: a NONE row ranked 0: " + rows);
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("x1\t1\tArmed clash\tBattles\t")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("x3\t2\t")), "a second-ranked type for x3");
    }

    @Test
    void classify_badInput_exitOneNamingFileAndLine() throws Exception {
        Path missing = dir.resolve("nope.tsv");
        Run r = run("classify", missing.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("sitrep: " + missing + ": no such file"), r.err());

        Path bad = Files.writeString(dir.resolve("bad.tsv"),
                "id\tsub_event_type\ttext\ny1\tArmed clash\tfighting in the hills\ny2\tBattle royale\tfighting\n");
        Run b = run("classify", bad.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().contains("sitrep: " + bad + ": line 3: unknown label 'Battle royale'"), b.err());
        assertEquals("", b.out(), "nothing printed for an input that is refused");

        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Gefechte bei Azaz \u00fcber Nacht".getBytes(StandardCharsets.ISO_8859_1));
        Run l = run("classify", latin1.toString());
        assertEquals(1, l.code());
        assertTrue(l.err().contains("sitrep: " + latin1 + ": not UTF-8"), l.err());

        Run folder = run("classify", dir.toString());
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains(dir.toString()), folder.err());
    }

    @Test
    void classify_usageErrors_exitTwo() throws Exception {
        String f = textFixture("snippets.txt").toString();
        assertEquals(2, run("classify").code());
        assertEquals(2, run("classify", "--top", "0", f).code());
        assertEquals(2, run("classify", "--top", "many", f).code());
        assertEquals(2, run("classify", "--format", "xml", f).code());
    }
}
