package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.PutResult;
import org.sitrep.store.StoreException;

/**
 * Several writers on one file, each with its own store (its own connection, as separate processes have): they
 * wait for each other instead of failing with SQLITE_BUSY, a new file is created and migrated once, every document
 * is stored once, and the result is what one writer would have built committing in the same order.
 */
class StoreLocksTest {
    @TempDir
    Path dir;

    @Test
    void open_eightAtOnceOnANewFile_allOpenAtTheLatestSchema() throws Exception {
        Path db = dir.resolve("new.db");
        int n = 8;
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                versions.add(pool.submit(() -> {
                    start.await();
                    try (SqliteStore s = SqliteStore.open(db)) {
                        return s.schemaVersion();
                    }
                }));
            }
            int latest = Migrations.load(Migrations.STANDARD).latest();
            for (Future<Integer> v : versions) {
                assertEquals(latest, v.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void put_whileAnotherConnectionHoldsTheWriteLock_waitsThenCommits() throws Exception {
        Path db = dir.resolve("held.db");
        try (RecordingStore store = RecordingStore.open(db);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<PutResult> put = pool.submit(() -> store.put(StoreCrashWriter.generated(1)));
                // longer than SQLite's own busy_timeout, so the store's retries are what waits
                Thread.sleep(3000);
                assertTrue(!put.isDone(), "the put did not wait for the lock");
                s.execute("COMMIT");
                assertEquals(PutResult.ADDED, put.get(1, TimeUnit.MINUTES));
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, store.counts().documents());
        }
    }

    @Test
    void put_lockHeldLongerThanThePatience_failsWithAClearMessageAndStoresNothing() throws Exception {
        Path db = dir.resolve("stuck.db");
        SqliteStore.open(db).close();
        try (SqliteStore sqlite = SqliteStore.open(db, Migrations.load(Migrations.STANDARD),
                new BusyRetry(Duration.ofMillis(300)));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            var recorder = new org.sitrep.record.Recorder(sqlite, org.sitrep.link.assess.EventAssessor.standard());
            StoreException e = assertThrows(StoreException.class,
                    () -> recorder.record(StoreCrashWriter.generated(2), null));
            assertTrue(e.getMessage().contains("stayed locked by another writer"), e.getMessage());
            assertTrue(!e.getMessage().contains("SQLITE_BUSY"), e.getMessage());
            s.execute("ROLLBACK");
            assertEquals(0, sqlite.counts().documents());
        }
    }

    @Test
    void put_fourStoresOnOneFileAtOnce_eachDocumentOnceAsASerialWriterInTheSameOrder() throws Exception {
        Path db = dir.resolve("shared.db");
        int writers = 4;
        int documents = 48;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int k = w;
                runs.add(pool.submit(() -> {
                    start.await();
                    try (RecordingStore store = RecordingStore.open(db)) {
                        // each writer leaves out every fourth document and starts at its own place
                        for (int i = 0; i < documents; i++) {
                            int at = (i + k * documents / writers) % documents;
                            if (at % writers != k) {
                                store.put(StoreCrashWriter.generated(at));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> r : runs) {
                r.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> order = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM documents ORDER BY rowid")) {
            while (rs.next()) {
                order.add(rs.getString(1));
            }
        }
        assertEquals(documents, order.size());
        assertEquals(documents, new HashSet<>(order).size());
        Path replay = dir.resolve("replay.db");
        try (RecordingStore store = RecordingStore.open(replay)) {
            for (String id : order) {
                int i = 0;
                while (!StoreCrashWriter.documentId(i).equals(id)) {
                    i++;
                }
                store.put(StoreCrashWriter.generated(i));
            }
        }
        assertEquals(StoreDump.dump(replay), StoreDump.dump(db));
    }
}
