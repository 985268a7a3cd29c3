package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's ACLED CSV is complete (issue #13): every row has a country, its ISO code, a date and its time
 * precision; a row without coordinates is one whose place is unknown or unresolved, and its notes say so. The
 * exported files are created like any file of the user's (umask), not owner-only.
 */
class DemoExportCompletenessTest {
    @TempDir
    Path dir;

    @Test
    void demo_examples_everyAcledRowComplete_filesHonourUmask() throws Exception {
        Path examples = ExamplesEndToEndTest.examples();
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("demo", "--examples", examples.toString(), "--out", out.toString());
        assertEquals(Main.OK, code, err.toString());
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(out.resolve("events.csv"));
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .get())) {
            rows = p.getRecords();
        }
        assertFalse(rows.isEmpty());
        for (CSVRecord row : rows) {
            String id = row.get("event_id_cnty");
            for (String column : List.of("country", "iso", "event_date", "year", "time_precision")) {
                assertFalse(row.get(column).isEmpty(), id + ": no " + column + "; notes: " + row.get("notes"));
            }
            assertTrue(List.of("1", "2", "3").contains(row.get("time_precision")), id);
            if (row.get("latitude").isEmpty()) {
                assertTrue(row.get("notes").contains("Location unknown")
                        || row.get("notes").contains("Location unresolved"), id + ": " + row.get("notes"));
            }
        }
        Assumptions.assumeTrue(Files.getFileStore(out).supportsFileAttributeView(PosixFileAttributeView.class),
                "no POSIX permissions here");
        Path fresh = Files.createFile(dir.resolve("fresh"));
        for (String name : List.of("events.csv", "events.jsonl", "reports.jsonl", "events.geojson")) {
            assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(out.resolve(name)),
                    name + " has the permissions of a file the user creates");
        }
    }
}
