package org.sitrep.store.sqlite;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.sitrep.store.StoreException;

/**
 * Runs a piece of store work again while the file is locked by another connection (another sitrep process writing
 * the same file, or creating it), with a growing, jittered pause, for up to a patience; only then does it fail,
 * with a message saying what was not done and why. SQLite's own busy handler (the connection's busy_timeout) waits
 * first; this loop covers longer waits and the cases where SQLite answers "busy" at once (a migration racing).
 */
final class BusyRetry {
    /** How long work waits for other writers before it gives up: far longer than any one document's commit. */
    static final Duration DEFAULT_PATIENCE = Duration.ofMinutes(5);
    private static final long FIRST_PAUSE_MS = 10;
    private static final long LONGEST_PAUSE_MS = 1000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    /** Store work on a connection that may find the file locked. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Duration patience;

    BusyRetry(Duration patience) {
        this.patience = patience;
    }

    /**
     * Runs {@code work} until it does not fail on a lock; other failures pass through at once. After the patience
     * is spent a {@link StoreException} says "{file}: {what}: the store stayed locked ...".
     */
    <T> T run(String file, String what, Work<T> work) throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                return work.run();
            } catch (SQLException | StoreException e) {
                if (!busy(e)) {
                    throw e;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new StoreException(file + ": " + what + ": the store stayed locked by another writer for "
                            + patience.toSeconds() + " s (another sitrep process is writing it); try again when "
                            + "it has finished", e);
                }
            }
            sleep(pause + ThreadLocalRandom.current().nextLong(pause));
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    /** Whether a failure, or one of its causes, is SQLite saying the file is locked by another connection. */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == SQLITE_BUSY || s.getErrorCode() == SQLITE_LOCKED)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store's write lock", e);
        }
    }
}
