package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.ParquetTableReader;
import org.sitrep.model.Query;

/**
 * The store as Parquet tables: the files read back with the schema and rows written, month partitions, and an
 * import into a new store gives the same reports and events (compared through the JSON Lines export), twice
 * without storing anything twice.
 */
class ParquetTablesTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path tables;
    static TablesWritten written;

    @BeforeAll
    static void ingestExamplesAndExport() throws IOException {
        db = dir.resolve("a.db");
        tables = dir.resolve("tables");
        try (Sitrep s = Sitrep.open(db)) {
            IngestSummary in = s.ingest(List.of(IngestTest.examples()), Grading.standard(), (f, p) -> { });
            assertTrue(in.added() >= 10, in.line());
            written = s.exportTables(tables);
            assertEquals(s.counts().documents(), written.documents());
            assertEquals(s.counts().reports(), written.reports());
            assertEquals(s.counts().events(), written.events());
        }
    }

    @Test
    void tables_readBack_withTheirSchemaAndRows_partitionedByMonth() throws IOException {
        assertFalse(Files.exists(dir.resolve("tables.partial")), "no partial folder left");
        MessageType events = schema(ParquetTableReader.files(tables.resolve("events")).get(0));
        assertEquals(LogicalTypeAnnotation.dateType(), events.getType("date_start").getLogicalTypeAnnotation());
        assertEquals(LogicalTypeAnnotation.stringType(), events.getType("sub_event_type").getLogicalTypeAnnotation());
        assertTrue(events.containsField("lat") && events.containsField("grade") && events.containsField("json"));
        try (Stream<Path> months = Files.list(tables.resolve("events"))) {
            assertTrue(months.allMatch(m -> m.getFileName().toString().matches("month=(\\d{4}-\\d{2}|__HIVE_DEFAULT_PARTITION__)")));
        }
        List<String> jsonRows = new ArrayList<>();
        ParquetTableReader.read(tables.resolve("events"), r -> {
            jsonRows.add(r.string("json").orElseThrow());
            String month = r.file().getParent().getFileName().toString();
            String start = r.string("json").orElseThrow().replaceAll(".*?\"date\":\\{\"start\":\"(\\d{4}-\\d{2}).*", "$1");
            if (r.number("date_start").isPresent()) {
                assertEquals("month=" + start, month, "an event is in its month's partition");
            }
        });
        assertEquals(written.events(), jsonRows.size());
        try (Sitrep s = Sitrep.openExisting(db)) {
            assertEquals(sorted(lines(s, Export.What.events)), sorted(jsonRows), "each row's json is the JSONL record");
        }
        long[] docs = new long[1];
        ParquetTableReader.read(tables.resolve("documents"), r -> {
            docs[0]++;
            assertTrue(r.bytes("original").isPresent(), "documents carry their original bytes");
        });
        assertEquals(written.documents(), docs[0]);
        // the footers' counts, as the benches read them without reading a row
        assertEquals(written.documents(), ParquetTableReader.rows(tables.resolve("documents")));
        assertEquals(written.events(), ParquetTableReader.rows(tables.resolve("events")));
    }

    @Test
    void import_intoANewStore_sameReportsAndEvents_againStoresNothing() throws IOException {
        Path copy = dir.resolve("b.db");
        try (Sitrep a = Sitrep.openExisting(db); Sitrep b = Sitrep.open(copy)) {
            ImportSummary s = b.importTables(tables, (f, p) -> {
                throw new AssertionError(f + ": " + p);
            });
            assertEquals(written.documents(), s.added(), s.line());
            assertEquals(0, s.skipped(), s.line());
            assertEquals(lines(a, Export.What.events), lines(b, Export.What.events));
            assertEquals(lines(a, Export.What.reports), lines(b, Export.What.reports));
            for (String id : a.store().documentIds()) {
                assertEquals(a.document(id), b.document(id));
                assertEquals(a.syndication(id), b.syndication(id));
                assertArrayEquals(a.store().original(id).orElseThrow(), b.store().original(id).orElseThrow());
            }

            ImportSummary again = b.importTables(tables, (f, p) -> { });
            assertEquals(0, again.added(), again.line());
            assertEquals(written.documents(), again.unchanged());
            assertEquals(a.counts(), b.counts());
        }
    }

    @Test
    void import_intoPostgres_sameReportsAndEvents_againStoresNothing() throws IOException {
        String pg = org.sitrep.store.postgres.PgTestServer.freshDatabase();
        try (Sitrep a = Sitrep.openExisting(db); Sitrep b = Sitrep.open(pg)) {
            ImportSummary s = b.importTables(tables, (f, p) -> {
                throw new AssertionError(f + ": " + p);
            });
            assertEquals(written.documents(), s.added(), s.line());
            assertEquals(lines(a, Export.What.events), lines(b, Export.What.events));
            assertEquals(lines(a, Export.What.reports), lines(b, Export.What.reports));
            assertEquals(0, b.importTables(tables, (f, p) -> { }).added());
            assertEquals(a.counts(), b.counts());
        }
    }

    @Test
    void import_documentWhoseEventIsMissing_skippedWhole_restImported() throws IOException {
        Path broken = dir.resolve("broken");
        copyTree(tables, broken);
        // drop every events file but one month: the documents whose reports belong to dropped events are skipped
        List<Path> eventFiles = ParquetTableReader.files(broken.resolve("events"));
        for (Path f : eventFiles.subList(1, eventFiles.size())) {
            Files.delete(f);
        }
        List<String> problems = new ArrayList<>();
        try (Sitrep b = Sitrep.open(dir.resolve("c.db"))) {
            ImportSummary s = b.importTables(broken, (f, p) -> problems.add(f + ": " + p));
            assertTrue(s.skipped() > 0, s.line());
            assertEquals(s.skipped(), problems.size());
            assertTrue(problems.get(0).contains("which the events table does not hold"), problems.get(0));
            assertEquals(s.added(), b.counts().documents());
            for (String id : b.store().documentIds()) {
                b.reportsOf(id).forEach(r -> assertTrue(r.report().eventId() == null
                        || b.event(r.report().eventId()).isPresent(), "an imported report's event is there"));
            }
        }
    }

    /** Another Parquet implementation (DuckDB's own, not parquet-java) reads the tables, and writes some we import. */
    @Test
    void duckDb_readsTheTables_andTablesItWritesImport() throws Exception {
        Path redone = Files.createDirectories(dir.resolve("duckdb"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement s = c.createStatement()) {
            String events = glob("events");
            try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT month), "
                    + "typeof(min(date_start)), sum(report_count) FROM read_parquet('" + events
                    + "', hive_partitioning = true)")) {
                assertTrue(rs.next());
                assertEquals(written.events(), rs.getLong(1));
                assertTrue(rs.getLong(2) >= 2, "several month partitions");
                assertEquals("DATE", rs.getString(3));
                long inEvents = rs.getLong(4);
                try (java.sql.Statement r = c.createStatement();
                     java.sql.ResultSet n = r.executeQuery("SELECT count(*) FROM read_parquet('" + glob("reports")
                             + "') WHERE event_id IS NOT NULL")) {
                    assertTrue(n.next());
                    assertEquals(n.getLong(1), inEvents, "the events' reports are the reports naming an event");
                }
            }
            for (String t : List.of("documents", "reports", "events")) {
                s.execute("COPY (SELECT * FROM read_parquet('" + glob(t) + "', hive_partitioning = true)) TO '"
                        + redone.resolve(t) + "' (FORMAT parquet, PARTITION_BY (month), COMPRESSION gzip)");
            }
        }
        try (Sitrep a = Sitrep.openExisting(db); Sitrep b = Sitrep.open(dir.resolve("d.db"))) {
            ImportSummary s = b.importTables(redone, (f, p) -> {
                throw new AssertionError(f + ": " + p);
            });
            assertEquals(written.documents(), s.added(), s.line());
            assertEquals(lines(a, Export.What.events), lines(b, Export.What.events));
            assertEquals(lines(a, Export.What.reports), lines(b, Export.What.reports));
        }
    }

    private static String glob(String table) {
        return tables.resolve(table) + "/*/*.parquet";
    }

    @Test
    void export_intoAFolderWithFiles_refused() throws IOException {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("keep.txt"), "mine");
        try (Sitrep s = Sitrep.openExisting(db)) {
            IOException e = assertThrows(IOException.class, () -> s.exportTables(busy));
            assertTrue(e.getMessage().contains("not an empty folder"), e.getMessage());
        }
        assertEquals("mine", Files.readString(busy.resolve("keep.txt")));
    }

    private static MessageType schema(Path file) throws IOException {
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file),
                org.apache.parquet.ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            return r.getFooter().getFileMetaData().getSchema();
        }
    }

    private static List<String> lines(Sitrep s, Export.What what) throws IOException {
        StringWriter w = new StringWriter();
        s.export(new Export(what, ExportFormat.JSONL, Query.all(), null), w);
        return List.of(w.toString().split("\n"));
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
