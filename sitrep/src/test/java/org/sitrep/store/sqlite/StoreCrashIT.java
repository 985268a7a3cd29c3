package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process part-way (kill -9) and checks that the file is intact, that every stored document has
 * exactly the reports it was committed with, and that a second run completes the rest.
 */
class StoreCrashIT {
    private static final int DOCUMENTS = 400;

    @TempDir
    Path dir;

    @Test
    void put_processKilledPartWay_committedDocumentsWholeAndRunResumes() throws Exception {
        Path db = dir.resolve("crash.db");
        Process writer = start(db);
        int committed = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && committed < 60) {
                if (line.startsWith("committed ")) {
                    committed++;
                }
            }
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
        }
        assertEquals(60, committed, "the writer stopped before it was killed: " + errors(db));

        int stored = checkIntact(db);
        assertTrue(stored >= committed, "a committed document was lost: " + stored + " < " + committed);
        assertTrue(stored < DOCUMENTS, "the writer finished before the kill; the test proves nothing");

        Process again = start(db);
        String output = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(300, TimeUnit.SECONDS), "the second run did not finish");
        assertEquals(0, again.exitValue(), errors(db));
        assertTrue(output.contains("done added=" + (DOCUMENTS - stored) + " unchanged=" + stored), output);
        assertEquals(DOCUMENTS, checkIntact(db));
    }

    private static Process start(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StoreCrashWriter.class.getName(), db.toString(), Integer.toString(DOCUMENTS)))
                .redirectError(ProcessBuilder.Redirect.appendTo(db.resolveSibling("writer.err").toFile()))
                .start();
    }

    private static String errors(Path db) throws Exception {
        return java.nio.file.Files.readString(db.resolveSibling("writer.err"));
    }

    /** Checks the file after a crash and returns how many documents it holds. */
    private static int checkIntact(Path db) throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            expected.put(StoreCrashWriter.documentId(i), StoreCrashWriter.reportCount(i));
        }
        // opening through the store runs the usual checks (schema version) and replays the WAL
        RecordingStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            assertEquals(0, count(s, "SELECT count(*) FROM reports WHERE document_id NOT IN (SELECT id FROM documents)"));
            assertEquals(0, count(s, "SELECT count(*) FROM events WHERE document_id NOT IN (SELECT id FROM documents)"));
            assertEquals(0, count(s, "SELECT count(*) FROM reports WHERE event_id IS NOT NULL "
                    + "AND event_id NOT IN (SELECT id FROM events)"));
            int docs = 0;
            // every event holds reports, and the events a document's reports belong to are all stored
            assertEquals(0, count(s, "SELECT count(*) FROM events e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM reports r WHERE r.event_id = e.id)"));
            // (a document's event_count is what it had when committed: later documents may merge its events)
            try (ResultSet rs = s.executeQuery("SELECT d.id, d.report_count, d.event_count, "
                    + "(SELECT count(*) FROM reports r WHERE r.document_id = d.id) FROM documents d")) {
                while (rs.next()) {
                    docs++;
                    String id = rs.getString(1);
                    assertEquals(expected.get(id), rs.getInt(2), "report_count of " + id);
                    assertEquals(rs.getInt(2), rs.getInt(4), "reports stored for " + id);
                }
            }
            return docs;
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
