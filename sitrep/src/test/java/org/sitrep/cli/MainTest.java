package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Processed;
import org.sitrep.export.AcledCsvWriter;
import org.sitrep.export.GeoJsonRules;
import org.sitrep.json.SitrepJson;
import org.sitrep.json.TestRecords;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.record.Recorder;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;
import org.sitrep.store.sqlite.StoreDump;

/** End to end through the command line, in-process, on fixture articles and on hand-built records. */
class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs with {@code stdin} as standard input (what a FILE argument of - reads). */
    static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err),
                new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Fixtures for the text commands (kept out of /cli, which ingest tests read as a folder of articles). */
    static Path textFixture(String name) throws Exception {
        return Path.of(MainTest.class.getResource("/cli-text/" + name).toURI());
    }

    static Path fixtures() throws Exception {
        return Path.of(MainTest.class.getResource("/cli").toURI());
    }

    /** A store holding two hand-built documents with reports and events (extraction is not needed). */
    Path builtStore() {
        Path db = dir.resolve("built.db");
        Document d1 = TestRecords.document("d1", "x".repeat(400), "Enab Baladi", LocalDate.of(2016, 2, 4));
        Report r1 = TestRecords.fullReport("d1", 0, SubEventType.AIR_DRONE_STRIKE, "Anadan", 36.294, 37.043,
                LocalDate.of(2016, 2, 2), 5, "the civil defence", "Enab Baladi");
        Report r2 = TestRecords.fullReport("d1", 1, null, "Hayan", null, null, null, null, null, "Enab Baladi");
        Report c = TestRecords.countReport("d1", 3, 14);
        Document d2 = TestRecords.document("d2", "y".repeat(400), "SANA", LocalDate.of(2016, 3, 11));
        Report r3 = TestRecords.fullReport("d2", 0, SubEventType.ARMED_CLASH, "Saraqib, \"east\"", 35.862, 36.80,
                LocalDate.of(2016, 3, 10), 12, null, "SANA");
        try (SqliteStore store = SqliteStore.open(db)) {
            Recorder s = new Recorder(store, EventAssessor.standard());
            s.record(new Processed(d1, List.of(r1, r2, c)), null);
            s.record(new Processed(d2, List.of(r3)), null);
        }
        return db;
    }

    // ---- regrade -----------------------------------------------------------------------------------------

    @Test
    void regrade_sourceGrades_reliabilityFilterFollows_badFileNamed() throws Exception {
        Path db = builtStore();
        assertEquals("", run("events", "--db", db.toString(), "--reliability", "C", "--format", "jsonl").out());
        Path grades = dir.resolve("letters.tsv");
        Files.writeString(grades, "SANA\tB\n");
        Run regraded = run("regrade", "--db", db.toString(), "--source-grades", grades.toString());
        assertEquals(0, regraded.code(), regraded.err());
        assertTrue(regraded.out().startsWith("3 events graded"), regraded.out());
        String kept = run("events", "--db", db.toString(), "--reliability", "C", "--format", "jsonl").out();
        assertTrue(kept.contains("Saraqib") && !kept.contains("Anadan"), kept);
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "SANA\tZ\n");
        Run failed = run("regrade", "--db", db.toString(), "--source-grades", bad.toString());
        assertEquals(1, failed.code());
        assertTrue(failed.err().contains("bad.tsv"), failed.err());
    }

    // ---- ingest ------------------------------------------------------------------------------------------

    @Test
    void ingest_sameFilesTwice_identicalStoreContent() throws Exception {
        Path db = dir.resolve("a.db");
        Run first = run("ingest", "--db", db.toString(), fixtures().toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("3 documents added, 0 unchanged, 0 skipped,"), first.out());
        List<String> dump = StoreDump.dump(db);

        Run second = run("--db", db.toString(), "ingest", fixtures().toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("0 documents added, 3 unchanged, 0 skipped, 0 reports, 0 events"),
                second.out());
        assertEquals(dump, StoreDump.dump(db));

        Path other = dir.resolve("b.db");
        assertEquals(0, run("ingest", "--db", other.toString(), fixtures().toString()).code());
        assertEquals(dump, StoreDump.dump(other), "a fresh store from the same inputs holds the same rows");
    }

    @Test
    void reprocess_ingestedStore_sameRowsAndSaysWhatItDid() throws Exception {
        Path db = dir.resolve("r.db");
        assertEquals(0, run("ingest", "--db", db.toString(), fixtures().toString()).code());
        List<String> dump = StoreDump.dump(db);
        Run again = run("reprocess", "--db", db.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("3 documents reprocessed (3 by the current engine, 0 kept as stored)"),
                again.out());
        assertEquals(dump, StoreDump.dump(db), "the same engine over the same documents: the same store");
        assertTrue(Files.isRegularFile(dir.resolve("r.db.before-reprocess")));
        assertEquals(1, run("reprocess", "--db", dir.resolve("none.db").toString()).code(), "no such store");
    }

    @Test
    void ingest_badFiles_skippedNamedAndExitOne() throws Exception {
        Path db = dir.resolve("s.db");
        Path good = fixtures().resolve("articles/azaz-shelling.txt");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path missing = dir.resolve("missing.txt");
        Path noArticles = Files.createDirectories(dir.resolve("pictures"));
        Files.write(noArticles.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
        Run r = run("ingest", "--db", db.toString(), empty.toString(), missing.toString(), good.toString(),
                noArticles.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("sitrep: " + empty + ": "), r.err());
        assertTrue(r.err().contains("sitrep: " + missing + ": no such file"), r.err());
        assertTrue(r.err().contains("sitrep: " + noArticles + ": "), r.err());
        assertTrue(r.out().startsWith("1 documents added, 0 unchanged, 3 skipped"), r.out());
        List<String> dump = StoreDump.dump(db);

        Run again = run("ingest", "--db", db.toString(), missing.toString(), empty.toString());
        assertEquals(1, again.code());
        assertEquals(dump, StoreDump.dump(db), "bad files leave stored data untouched");
    }

    @Test
    void ingest_binaryAndBrokenEncoding_runCompletesWithoutCrash() throws Exception {
        Path db = dir.resolve("s.db");
        Path binary = dir.resolve("blob.txt");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(binary, bytes);
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, "Shelling in Azaz \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path good = fixtures().resolve("articles/idlib-clashes.md");
        Run r = run("ingest", "--db", db.toString(), binary.toString(), broken.toString(), good.toString());
        assertFalse(r.err().contains("internal error"), r.err());
        assertTrue(r.code() == 0 || r.code() == 1, "exit " + r.code());
        if (r.code() == 1) {
            assertTrue(r.err().contains(binary.toString()) || r.err().contains(broken.toString()), r.err());
        }
        try (Store s = SqliteStore.open(db)) {
            assertTrue(s.counts().documents() >= 1, "the good file is stored whatever happened to the bad ones");
        }
    }

    // ---- usage -------------------------------------------------------------------------------------------

    @Test
    void usageErrors_exitTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("ingest").code());
        assertEquals(2, run("events", "--near", "36.2,37.1").code());
        assertEquals(2, run("events", "--type", "Picnic").code());
        assertEquals(2, run("events", "--from", "2016-13-45").code());
        assertEquals(2, run("events", "--from", "2016-03-01", "--to", "2016-02-01").code());
        assertEquals(2, run("export", "--format", "xml").code());
        assertEquals(2, run("export").code());
        Run r = run("export", "--what", "reports", "--format", "geojson");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("events only"), r.err());
    }

    @Test
    void help_everyCommand_exitZero() {
        Run top = run("--help");
        assertEquals(0, top.code());
        for (String c : List.of("ingest", "events", "show", "export", "demo", "classify", "dates", "places")) {
            assertTrue(top.out().contains(c), c);
            Run sub = run(c, "--help");
            assertEquals(0, sub.code(), c);
            assertTrue(sub.out().contains("Usage: sitrep " + c), sub.out());
        }
    }

    @Test
    void version_printsProjectVersion() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("sitrep \\d+\\.\\d+\\.\\d+.*\\s*"), r.out());
    }

    // ---- reading -----------------------------------------------------------------------------------------

    @Test
    void events_table_showsFilteredEvents() {
        Path db = builtStore();
        Run all = run("events", "--db", db.toString());
        assertEquals(0, all.code(), all.err());
        List<String> lines = all.out().lines().toList();
        assertEquals(4, lines.size(), all.out());
        assertTrue(lines.get(0).startsWith("ID") && lines.get(0).contains("FATALITIES"), lines.get(0));
        Run strikes = run("--db", db.toString(), "events", "--type", "air/drone strike");
        assertEquals(2, strikes.out().lines().count(), strikes.out());
        assertTrue(strikes.out().contains("Anadan") && strikes.out().contains("Syrian Air Force / civilians"));
        Run near = run("events", "--db", db.toString(), "--near", "35.86,36.8,5", "--format", "jsonl");
        List<Event> events = near.out().lines().map(SitrepJson.standard()::readEvent).toList();
        assertEquals(1, events.size());
        assertEquals(12, events.get(0).fatalities());
    }

    @Test
    void events_missingStore_exitOneWithoutCreatingIt() {
        Path db = dir.resolve("nothing.db");
        Run r = run("events", "--db", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such store"), r.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void events_newerStore_refusedExitOne() throws Exception {
        Path db = builtStore();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = 99");
        }
        Run r = run("events", "--db", db.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("schema version 99") && r.err().contains("newer"), r.err());
    }

    @Test
    void show_eventReportDocument_withEvidenceAndProvenance() {
        Path db = builtStore();
        String eventId;
        try (Store s = SqliteStore.open(db)) {
            eventId = s.events(org.sitrep.model.Query.all().type("Armed clash")).get(0).id();
        }
        Run e = run("show", "--db", db.toString(), eventId);
        assertEquals(0, e.code(), e.err());
        assertTrue(e.out().contains("Evidence sentence 0 about Saraqib") && e.out().contains("articles/d2.txt")
                && e.out().contains("SANA"), e.out());
        String reportId = Report.idFor("d2", new org.sitrep.model.Span(0, 80), 0);
        assertTrue(e.out().contains(reportId), e.out());
        Run r = run("show", "--db", db.toString(), reportId);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("report " + reportId) && r.out().contains("modality: reported"), r.out());
        Run d = run("show", "--db", db.toString(), "d1");
        assertEquals(0, d.code());
        assertTrue(d.out().contains("reports (3)") && d.out().contains("published: 2016-02-04"), d.out());
        Run j = run("show", "--db", db.toString(), "--format", "json", eventId);
        assertEquals(eventId, SitrepJson.standard().readEvent(j.out().strip()).id());
    }

    @Test
    void show_unknownId_exitOneNamingIt() {
        Run r = run("show", "--db", builtStore().toString(), "e0000");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("sitrep: e0000: "), r.err());
    }

    // ---- export ------------------------------------------------------------------------------------------

    @Test
    void export_acledCsv_parsesWithExactHeaderAndNoCountRows() throws Exception {
        Path db = builtStore();
        Path out = dir.resolve("x/events.csv");
        Run r = run("export", "--db", db.toString(), "--format", "acled-csv", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 event left out of the ACLED CSV: no event date"), r.err());
        try (CSVParser p = CSVParser.parse(Files.readString(out),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(AcledCsvWriter.HEADER, p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(2, rows.size(), "three events, one undated; the count observation is not one");
            assertTrue(rows.stream().anyMatch(x -> x.get("location").equals("Saraqib, \"east\"")));
        }
        try (var files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void export_geojson_validRfc7946() {
        Run r = run("export", "--db", builtStore().toString(), "--format", "geojson");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(), GeoJsonRules.violations(r.out()));
        assertTrue(r.out().contains("\"coordinates\":[37.043,36.294]"), r.out());
    }

    @Test
    void export_jsonl_reportsAndEventsDecode() {
        Path db = builtStore();
        Run reports = run("export", "--db", db.toString(), "--what", "reports", "--format", "jsonl");
        assertEquals(0, reports.code(), reports.err());
        assertEquals(4, reports.out().lines().map(SitrepJson.standard()::readReport).count());
        Run events = run("export", "--db", db.toString(), "--format", "jsonl", "--from", "2016-03-01");
        assertEquals(1, events.out().lines().map(SitrepJson.standard()::readEvent).count());
    }

    @Test
    void export_ingestedFixtures_validWhateverWasExtracted() throws Exception {
        Path db = dir.resolve("f.db");
        assertEquals(0, run("ingest", "--db", db.toString(), fixtures().toString()).code());
        Run geo = run("export", "--db", db.toString(), "--format", "geojson");
        assertEquals(0, geo.code(), geo.err());
        assertEquals(List.of(), GeoJsonRules.violations(geo.out()));
        Run csv = run("export", "--db", db.toString(), "--format", "acled-csv");
        try (CSVParser p = CSVParser.parse(new StringReader(csv.out()),
                CSVFormat.RFC4180.builder().setHeader().get())) {
            assertEquals(AcledCsvWriter.HEADER, p.getHeaderNames());
            p.getRecords();
        }
        Run jsonl = run("export", "--db", db.toString(), "--what", "reports", "--format", "jsonl");
        jsonl.out().lines().forEach(SitrepJson.standard()::readReport);
    }

    // ---- demo --------------------------------------------------------------------------------------------

    @Test
    void demo_fixtures_writesEveryFormat() throws Exception {
        Path out = dir.resolve("demo-out");
        for (int i = 0; i < 2; i++) {
            Run r = run("demo", "--examples", fixtures().toString(), "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("3 documents added"), "a fresh demo store each run: " + r.out());
            assertTrue(r.out().contains("written: " + out.resolve("events.geojson")), r.out());
        }
        List<String> names = new ArrayList<>();
        try (var files = Files.list(out)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertTrue(names.containsAll(List.of("demo.db", "events.jsonl", "reports.jsonl", "events.csv",
                "events.geojson")), names.toString());
        assertEquals(List.of(), GeoJsonRules.violations(Files.readString(out.resolve("events.geojson"))));
        assertTrue(Files.readString(out.resolve("events.csv")).startsWith(String.join(",", AcledCsvWriter.HEADER)));
    }

    @Test
    void demo_missingExamples_exitOne() {
        Run r = run("demo", "--examples", dir.resolve("nope").toString(), "--out", dir.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such folder"), r.err());
    }
}
