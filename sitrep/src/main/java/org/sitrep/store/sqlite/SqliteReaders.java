package org.sitrep.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * The store's read connections, kept between reads, and at most {@link #limit} reads at once; more wait for a
 * connection. Measured on the 1,000,000-event store under 16 concurrent clients (sitrep serve, bench load): with a
 * connection per client, each mapping the file (mmap_size 4 GiB), every connection faulted in its own page-table
 * entries for each page it touched (about 280 page faults a request, the server's resident size counting the file
 * 16 times, 30 GB) and a request cost 15 ms of CPU; the kernel and the fault handling were a third of it. A reader
 * therefore reads pages with plain reads into its own page cache (the operating system's cache of the file is still
 * shared by all), and a few connections serve any number of threads: on two cores, more reads at once only share
 * the same cores, each with a colder cache. A read inside a read on the same thread (a sink that reads the store
 * again) does not wait for a second permit, so it cannot wait on itself.
 */
final class SqliteReaders implements AutoCloseable {
    /** Reads at once: twice the cores (a read also waits on the file), at least 4. */
    static final int DEFAULT_LIMIT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** How long SQLite waits on a lock (a checkpoint, a migration) before it gives up. */
    private static final int BUSY_TIMEOUT_MS = 2000;
    /** Page cache per connection (negative: KiB), as the writer's: 32 MiB. */
    private static final int CACHE_KIB = -32 * 1024;

    /** Work done on a read connection. */
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /** Threads for reads aside: daemons, so a store left open never keeps the program alive. */
    private static final ExecutorService ASIDE = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sitrep-read-aside");
        t.setDaemon(true);
        return t;
    });

    private final String url;
    private final int limit;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    /** How many reads the current thread has under way (a permit is taken by the outermost only). */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private volatile boolean closed;

    SqliteReaders(Path file, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one read connection, not " + limit);
        }
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.limit = limit;
        this.permits = new Semaphore(limit, true);
    }

    int limit() {
        return limit;
    }

    /** Runs the work on a read connection of its own, waiting while {@link #limit} reads are under way. */
    <T> T read(Work<T> work) throws SQLException {
        int[] mine = depth.get();
        if (mine[0] == 0) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a read connection", e);
            }
        }
        return holding(work);
    }

    /**
     * Starts the work on a read connection in a thread of its own when a read permit is free now, or answers null
     * (every permit in use, or the store closed): a second read never waits, so a read that splits itself cannot
     * wait on reads that split themselves too.
     */
    <T> Future<T> readAside(Work<T> work) {
        if (closed || !permits.tryAcquire()) {
            return null;
        }
        FutureTask<T> task = new FutureTask<>(() -> holding(work));
        try {
            ASIDE.execute(task);
        } catch (RejectedExecutionException e) {
            permits.release();
            return null;
        }
        return task;
    }

    /** Runs the work with the permit this thread holds (its outermost read gives it back). */
    private <T> T holding(Work<T> work) throws SQLException {
        int[] mine = depth.get();
        mine[0]++;
        Connection c = null;
        try {
            c = idle.poll();
            if (c == null) {
                c = open();
            }
            T result = work.on(c);
            if (!closed) {
                idle.offer(c);
                c = null;
                if (closed) {
                    close(); // the store closed while this read ran: leave no connection behind
                }
            }
            return result;
        } finally {
            closeQuietly(c);
            if (--mine[0] == 0) {
                permits.release();
            }
        }
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
            s.execute("PRAGMA query_only = 1");
            s.execute("PRAGMA cache_size = " + CACHE_KIB);
            // no memory map per connection (see above): pages are read into this connection's cache
            s.execute("PRAGMA mmap_size = 0");
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Closes the idle connections; one in use is closed when its read ends. */
    @Override
    public void close() {
        closed = true;
        for (Connection c = idle.poll(); c != null; c = idle.poll()) {
            closeQuietly(c);
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // an error is already on its way, or the connection is being thrown away; that is what matters
            }
        }
    }
}
