package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.cli.Main;
import org.sitrep.engine.Engine;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Query;

/**
 * Four {@code sitrep ingest} processes (separate JVMs, as users run them) write one new store at once, each a
 * different overlapping part of the examples and our own fixtures, so every document is offered by three of them.
 * All must succeed; every document must be stored exactly once; and the store must be what one process would have
 * built: the same documents and reports as a serial run and, replayed serially in the order the four committed, the
 * same partition of reports into events and the very same rows (a writer that linked against stale events would
 * differ there; linking is incremental, so the record depends on that order, as it does for one process).
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 4;
    private static final SitrepJson JSON = SitrepJson.standard();

    @TempDir
    Path dir;

    @Test
    void fourIngestProcesses_overlappingCorpora_eachDocumentOnceAndTheRecordOfASerialRun() throws Exception {
        List<Path> corpus = corpus();
        Path db = dir.resolve("shared.db");
        List<Process> writers = new ArrayList<>();
        for (int k = 0; k < WRITERS; k++) {
            writers.add(start(db, subset(corpus, k), k));
        }
        for (int k = 0; k < WRITERS; k++) {
            Process p = writers.get(k);
            assertTrue(p.waitFor(15, TimeUnit.MINUTES), "writer " + k + " did not finish");
            assertEquals(0, p.exitValue(), "writer " + k + " failed: " + Files.readString(log(k)));
        }

        List<String> committed = commitOrder(db);
        assertEquals(corpus.size(), committed.size(), "documents stored: " + committed);
        assertEquals(corpus.size(), new HashSet<>(committed).size(), "a document was stored twice");

        Path serial = dir.resolve("serial.db");
        ingest(serial, corpus);
        assertEquals(documents(serial), documents(db));
        assertEquals(reports(serial), reports(db));

        // incremental linking depends on the order documents arrive in (a report joins the events stored before
        // it), so the record four writers make is the serial run in the order they committed: the same partition
        // and the very same rows. A writer that linked against stale events would differ here.
        Path replay = dir.resolve("replay.db");
        ingest(replay, committed.stream().map(Path::of).toList());
        assertEquals(partition(replay), partition(db));
        assertEquals(StoreDump.dump(replay), StoreDump.dump(db));
    }

    /** The examples and our own fixtures, in a fixed order. */
    private static List<Path> corpus() throws IOException {
        List<Path> out = new ArrayList<>();
        String examples = System.getProperty("sitrep.examples", "../examples");
        for (Path folder : List.of(Path.of(examples), resource("store/writers"), resource("ingest"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).map(Path::toAbsolutePath).sorted(Comparator.naturalOrder())
                        .forEach(out::add);
            }
        }
        assertTrue(out.size() >= 16, "corpus: " + out);
        return out;
    }

    private static Path resource(String folder) {
        return Path.of("src/test/resources", folder).toAbsolutePath();
    }

    /** Writer k leaves out every fourth file from its k-th, and takes the rest in its own rotated order. */
    private static List<Path> subset(List<Path> corpus, int k) {
        List<Path> out = new ArrayList<>();
        int n = corpus.size();
        for (int i = 0; i < n; i++) {
            int at = (i + k * n / WRITERS) % n;
            if (at % WRITERS != k) {
                out.add(corpus.get(at));
            }
        }
        return out;
    }

    private Path log(int k) {
        return dir.resolve("writer-" + k + ".log");
    }

    private Process start(Path db, List<Path> files, int k) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--db", db.toString()));
        files.forEach(f -> command.add(f.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log(k).toFile())).start();
    }

    private static void ingest(Path db, List<Path> files) {
        List<String> problems = new ArrayList<>();
        try (Sitrep s = Sitrep.open(db)) {
            s.ingest(Engine.standard(), EventAssessor.standard(), files, (file, problem) -> problems.add(file + ": "
                    + problem));
        }
        assertEquals(List.of(), problems);
    }

    /** Document paths in the order they were committed. */
    private static List<String> commitOrder(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT path FROM documents ORDER BY rowid")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Map<String, String> documents(Path db) {
        Map<String, String> out = new TreeMap<>();
        try (Sitrep s = Sitrep.open(db)) {
            for (String id : s.store().documentIds()) {
                out.put(id, JSON.writeDocument(s.store().document(id).orElseThrow()));
            }
        }
        return out;
    }

    /** Every report as stored, without the id of the event it went to (event ids depend on who came first). */
    private static Map<String, String> reports(Path db) {
        Map<String, String> out = new TreeMap<>();
        try (Sitrep s = Sitrep.open(db)) {
            for (ReportRecord r : s.store().reports(Query.all())) {
                out.put(r.report().id(), JSON.writeReport(new ReportRecord(r.report().withEventId(null),
                        r.document())));
            }
        }
        return out;
    }

    /** The reports grouped by the event they belong to, whatever the events are called. */
    private static Set<Set<String>> partition(Path db) {
        Map<String, Set<String>> byEvent = new TreeMap<>();
        try (Sitrep s = Sitrep.open(db)) {
            for (ReportRecord r : s.store().reports(Query.all())) {
                if (r.report().eventId() != null) {
                    byEvent.computeIfAbsent(r.report().eventId(), k -> new TreeSet<>()).add(r.report().id());
                }
            }
        }
        return new HashSet<>(byEvent.values());
    }
}
