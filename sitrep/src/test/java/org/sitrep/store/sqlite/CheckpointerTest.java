package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.TestRecords;
import org.sitrep.model.DocumentInfo;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.PutResult;

/**
 * Checkpoints run beside the writer (SqliteCheckpointer): the writer's commits leave their pages in the log, and the
 * checkpointer copies them into the database file once enough commits have gone by, learning from each checkpoint
 * how many commits fill its threshold.
 */
class CheckpointerTest {
    private static final LocalDate DAY = LocalDate.of(2016, 2, 2);

    @TempDir
    Path dir;

    @Test
    void storeCommits_areCopiedIntoTheFile_besideTheWriter() throws Exception {
        Path db = dir.resolve("c.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            long before = Files.size(db);
            for (int i = 0; i < 40; i++) {
                assertEquals(PutResult.ADDED, store.commit(document("d" + i)));
            }
            store.checkpointer().awaitIdle();
            assertTrue(store.checkpointer().runs() >= 1, "no checkpoint ran after 40 commits");
            assertTrue(Files.size(db) > before + 40 * 8192L,
                    "the documents' pages are not in the file: " + before + " -> " + Files.size(db));
        }
        try (SqliteStore again = SqliteStore.open(db)) {
            assertEquals(40, again.counts().documents());
        }
    }

    @Test
    void withoutTheCheckpointer_theWritersCommitsStayInTheLog() throws Exception {
        // the control: the writer alone (automatic checkpoints off, as the store sets them) never copies the log
        Path db = dir.resolve("raw.db");
        try (Connection c = rawWriter(db)) {
            long before = Files.size(db);
            insertRows(c, 200, null);
            assertEquals(before, Files.size(db));
        }
    }

    @Test
    void rawWriter_withTheCheckpointer_copiesTheLog_andLearnsHowOften() throws Exception {
        Path db = dir.resolve("raw.db");
        try (Connection c = rawWriter(db);
             SqliteCheckpointer checkpointer = new SqliteCheckpointer(db, 20)) {
            long before = Files.size(db);
            insertRows(c, 200, checkpointer);
            checkpointer.awaitIdle();
            assertTrue(Files.size(db) > before, "the log was never copied into the file");
            // each commit adds three or four pages: a threshold of 20 pages is met every five or six commits, far
            // more often than the first guess (every 16 commits) would give for 200 commits (12)
            assertTrue(checkpointer.runs() >= 25, "checkpoints run: " + checkpointer.runs());
        }
    }

    private static Connection rawWriter(Path db) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)");
            // one committed page in the file, so that its size says whether a checkpoint copied anything
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return c;
    }

    /** One row of ~10 KB per commit; the checkpointer, when given, is told after each. */
    private static void insertRows(Connection c, int rows, SqliteCheckpointer checkpointer) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO t (body) VALUES (?)")) {
            for (int i = 0; i < rows; i++) {
                s.setBytes(1, new byte[10_000]);
                s.executeUpdate();
                if (checkpointer != null) {
                    checkpointer.committed();
                    // one commit at a time, so the count of checkpoints does not depend on the thread's timing
                    checkpointer.awaitIdle();
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
            r.next();
            assertEquals(rows, r.getInt(1));
        }
    }

    private static ChangeSet document(String id) {
        DocumentInfo info = DocumentInfo.of(TestRecords.document(id, "text of " + id, "Outlet", DAY));
        // the bytes it was read from make each commit about 16 KB of pages
        return new ChangeSet(new ChangeSet.NewDocument(info, List.of(), 0, null, null, null, null, new byte[16_000]),
                Map.of(), List.of(), List.of());
    }
}
