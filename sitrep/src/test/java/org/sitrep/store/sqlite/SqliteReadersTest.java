package org.sitrep.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's read connections: no more reads at once than the limit, a read inside a read on one thread never
 * waits on itself, connections are kept, read only and map none of the file (a map per connection cost a page
 * fault per connection and page, measured under load).
 */
class SqliteReadersTest {
    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("s.db");
        SqliteStore.open(db).close();
        return db;
    }

    @Test
    void read_moreThreadsThanTheLimit_atMostTheLimitReadAtOnce() throws Exception {
        Path db = store();
        int limit = 2;
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (SqliteReaders readers = new SqliteReaders(db, limit)) {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                reads.add(pool.submit(() -> readers.read(c -> {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
                    now.decrementAndGet();
                    return one(c, "SELECT 1");
                })));
            }
            for (Future<Integer> r : reads) {
                assertEquals(1, r.get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(most.get() <= limit, most.get() + " reads at once");
    }

    @Test
    void read_insideARead_withOneConnectionAllowed_doesNotWaitOnItself() throws Exception {
        Path db = store();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (SqliteReaders readers = new SqliteReaders(db, 1)) {
            Future<Integer> nested = pool.submit(() -> readers.read(outer -> readers.read(inner -> {
                assertTrue(inner != outer, "the inner read has a connection of its own");
                return one(inner, "SELECT 2");
            })));
            assertEquals(2, nested.get(1, TimeUnit.MINUTES));
            // and the permit came back: another thread reads after it
            CountDownLatch done = new CountDownLatch(1);
            pool.submit(() -> {
                readers.read(c -> one(c, "SELECT 1"));
                done.countDown();
                return null;
            });
            assertTrue(done.await(1, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void read_connections_areKeptReadOnlyAndMapNothing() throws Exception {
        Path db = store();
        try (SqliteReaders readers = new SqliteReaders(db, 4)) {
            Connection first = readers.read(c -> c);
            assertEquals(first, readers.read(c -> c), "the connection is kept for the next read");
            assertEquals(0, (int) readers.read(c -> one(c, "PRAGMA mmap_size")));
            assertEquals(1, (int) readers.read(c -> one(c, "PRAGMA query_only")));
            assertThrows(SQLException.class, () -> readers.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM events");
                }
            }));
        }
    }

    @Test
    void new_withNoConnection_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SqliteReaders(dir.resolve("x.db"), 0));
    }

    private static int one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void readAside_onlyWithAFreePermit_neverWaits_andGivesThePermitBack() throws Exception {
        Path db = store();
        try (SqliteReaders one = new SqliteReaders(db, 1)) {
            // the only permit is this read's: a read aside answers null at once instead of waiting for it
            Future<Integer> none = one.read(c -> one.readAside(x -> 1));
            assertEquals(null, none);
        }
        try (SqliteReaders two = new SqliteReaders(db, 2)) {
            Future<Integer> aside = two.read(c -> two.readAside(x -> {
                try (Statement s = x.createStatement(); ResultSet rs = s.executeQuery("SELECT 41 + 1")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
            assertEquals(42, aside.get(10, TimeUnit.SECONDS));
            // both permits back: two reads aside at once are possible again
            CountDownLatch hold = new CountDownLatch(1);
            Future<Integer> a = two.readAside(x -> held(hold, 1));
            Future<Integer> b = two.readAside(x -> held(hold, 2));
            assertTrue(a != null && b != null, "two free permits");
            assertEquals(null, two.readAside(x -> 3), "no third permit");
            hold.countDown();
            assertEquals(1, a.get(10, TimeUnit.SECONDS));
            assertEquals(2, b.get(10, TimeUnit.SECONDS));
        }
    }

    /** Waits for the latch (holding its read's permit meanwhile), then answers the value. */
    private static int held(CountDownLatch hold, int value) throws SQLException {
        try {
            if (!hold.await(10, TimeUnit.SECONDS)) {
                throw new SQLException("never released");
            }
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException(e);
        }
    }
}
