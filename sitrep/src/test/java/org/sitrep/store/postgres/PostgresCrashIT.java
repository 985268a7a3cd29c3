package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process writing a PostgreSQL database part-way (kill -9, most likely while it holds the writer lock) and
 * checks that every stored document has exactly the reports it was committed with, that no committed document is
 * lost, and that a second writer gets the lock and completes the rest.
 */
class PostgresCrashIT {
    private static final int DOCUMENTS = 60;
    private static final int KILL_AFTER = 15;

    @TempDir
    Path dir;

    @BeforeAll
    static void serverGiven() {
        PgTestServer.url();
    }

    @Test
    void writerKilledPartWay_committedDocumentsWholeAndTheNextWriterFinishes() throws Exception {
        String db = PgTestServer.freshDatabase();
        Process writer = start(db);
        int committed = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && committed < KILL_AFTER) {
                if (line.startsWith("committed ")) {
                    committed++;
                }
            }
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
        }
        assertEquals(KILL_AFTER, committed, "the writer stopped before it was killed: " + errors());
        int stored = checkIntact(db);
        assertTrue(stored >= committed, "a committed document was lost: " + stored + " < " + committed);
        assertTrue(stored < DOCUMENTS, "the writer finished before the kill; the test proves nothing");

        Process again = start(db);
        String output = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(300, TimeUnit.SECONDS), "the second writer did not finish (lock never released?)");
        assertEquals(0, again.exitValue(), errors());
        assertTrue(output.contains("done added=" + (DOCUMENTS - stored) + " unchanged=" + stored), output);
        assertEquals(DOCUMENTS, checkIntact(db));
    }

    private Process start(String db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                PgCrashWriter.class.getName(), db, Integer.toString(DOCUMENTS)))
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("writer.err").toFile()))
                .start();
    }

    private String errors() throws Exception {
        return Files.readString(dir.resolve("writer.err"));
    }

    /** Checks the database after the crash and returns how many documents it holds. */
    private static int checkIntact(String db) throws Exception {
        PgUrl url = PgUrl.parse(db);
        try (Connection c = DriverManager.getConnection(url.jdbc(), url.properties());
             Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT count(*) FROM reports WHERE event_id IS NOT NULL "
                    + "AND event_id NOT IN (SELECT id FROM events)"));
            assertEquals(0, count(s, "SELECT count(*) FROM events e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM reports r WHERE r.event_id = e.id)"));
            int docs = 0;
            try (ResultSet rs = s.executeQuery("SELECT d.id, d.report_count, "
                    + "(SELECT count(*) FROM reports r WHERE r.document_id = d.id) FROM documents d ORDER BY d.seq")) {
                while (rs.next()) {
                    assertEquals(PgCrashWriter.documentId(docs), rs.getString(1), "documents in commit order");
                    assertEquals(PgCrashWriter.reportCount(docs), rs.getInt(2), "report_count of " + rs.getString(1));
                    assertEquals(rs.getInt(2), rs.getInt(3), "reports stored for " + rs.getString(1));
                    docs++;
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
