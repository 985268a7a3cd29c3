package org.sitrep.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies the write-ahead log back into the database file on a thread of its own, so that a commit never waits for
 * a checkpoint. With SQLite's automatic checkpoints, the commit that took the log past 1,000 pages also wrote them
 * all into the file and synced both files before returning; on the ingest bench (one core, a virtual disk) that
 * made the commit part a fifth slower in wall time than its CPU time. Here the writer connection has automatic
 * checkpoints off, and after each commit the writer tells this object, which starts a PASSIVE checkpoint (it
 * never blocks a writer or a reader) on its own connection once the commits since the last one have added about
 * as many pages to the log as SQLite's own threshold. The log's file does not shrink after a checkpoint (SQLite
 * writes it again from the start), so its length cannot say that; each checkpoint reports the pages the log
 * held, and from them and the commits counted the checkpointer learns how many commits fill the threshold.
 * Durability is unchanged: a commit is in the log when it returns, and the log is synced before its pages are
 * copied, as before.
 *
 * <p>A checkpoint that fails (a full disk, an I/O error) loses nothing: the pages stay in the log, which the next
 * checkpoint, or the last connection's close, copies. After a failure the checkpointer stops trying, and the writer
 * turns SQLite's automatic checkpoints back on ({@link #failed()}), so the log cannot grow without bound.
 */
final class SqliteCheckpointer implements AutoCloseable {
    /** SQLite's default automatic checkpoint: after 1,000 pages in the log. */
    static final int DEFAULT_LOG_PAGES = 1000;
    /** Commits before the first checkpoint, before anything is known of their size. */
    private static final int FIRST_COMMITS = 16;
    private static final int BUSY_TIMEOUT_MS = 2000;

    private final String url;
    private final int logPages;
    private final ExecutorService thread;
    /** True from the moment a checkpoint is asked for until it has run: at most one waits or runs at a time. */
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final AtomicLong runs = new AtomicLong();
    /** Commits since the last checkpoint was asked for (counted by the writer, under its store's lock). */
    private int commits;
    /** Commits that fill the log to {@link #logPages}, as the last checkpoint measured them. */
    private volatile int commitsPerCheckpoint = FIRST_COMMITS;
    /** Used only on {@link #thread}. */
    private Connection connection;

    SqliteCheckpointer(Path file, int logPages) {
        Path absolute = file.toAbsolutePath();
        this.url = "jdbc:sqlite:" + absolute;
        this.logPages = logPages;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sitrep-checkpoint " + absolute.getFileName());
            // a store left open must not keep the program alive; what the log holds is safe without a checkpoint
            t.setDaemon(true);
            return t;
        });
    }

    /** Called by the writer after each commit: starts a checkpoint when the log has grown long enough. */
    void committed() {
        commits++;
        if (commits < commitsPerCheckpoint || failed.get() || !pending.compareAndSet(false, true)) {
            return;
        }
        int counted = commits;
        commits = 0;
        thread.execute(() -> checkpoint(counted));
    }

    /** True once a checkpoint has failed: the writer should let SQLite checkpoint again. */
    boolean failed() {
        return failed.get();
    }

    /** How many checkpoints have run to the end. */
    long runs() {
        return runs.get();
    }

    /** Waits until no checkpoint is waiting or running (for tests). */
    void awaitIdle() throws InterruptedException {
        try {
            thread.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void checkpoint(int counted) {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(url);
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                }
            }
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                // columns: busy, pages in the log, pages copied; the log starts again from its beginning at the
                // first commit after a checkpoint that copied it all, so its pages are those of the counted commits
                int pages = r.next() ? r.getInt(2) : -1;
                if (pages > 0) {
                    commitsPerCheckpoint = (int) Math.max(1, Math.min(10_000, (long) logPages * counted / pages));
                }
            }
            runs.incrementAndGet();
        } catch (SQLException | RuntimeException e) {
            failed.set(true);
        } finally {
            pending.set(false);
        }
    }

    /** Lets a running checkpoint finish, then closes the checkpointer's connection. */
    @Override
    public void close() {
        thread.execute(() -> SqliteReaders.closeQuietly(connection));
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
