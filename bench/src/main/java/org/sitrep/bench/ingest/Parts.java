package org.sitrep.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where an ingest run's time went, by part, in nanoseconds of wall time and of the ingesting thread's CPU time
 * (the CPU figures are the fairer ones when other processes share the core: wall time then also counts the time
 * the thread waited for the core). Accumulated on the one ingesting thread.
 */
final class Parts {
    static final int EXTRACTION = 0;
    static final int LOOKUP = 1;
    static final int LINKING = 2;
    static final int MERGING = 3;
    static final int COMMIT = 4;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final long[] wall = new long[5];
    final long[] cpu = new long[5];

    /** A point in time: wall and this thread's CPU clock. */
    record Stamp(long wall, long cpu) {
        static Stamp now() {
            return new Stamp(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }
    }

    /** Adds the time since {@code start} to a part, and answers the time added. */
    Stamp add(int part, Stamp start) {
        Stamp now = Stamp.now();
        Stamp spent = new Stamp(now.wall() - start.wall(), now.cpu() - start.cpu());
        wall[part] += spent.wall();
        cpu[part] += spent.cpu();
        return spent;
    }

    /** Takes time back from a part (time a part's clock counted that belongs to another part). */
    void remove(int part, long wallNanos, long cpuNanos) {
        wall[part] -= wallNanos;
        cpu[part] -= cpuNanos;
    }

    static long total(long[] values) {
        long t = 0;
        for (long v : values) {
            t += v;
        }
        return t;
    }

    /** The labels in the order the parts are numbered. */
    static String[] labels() {
        return new String[] {"extraction + resolution (read, engine)", "candidate lookup (store reads under the lock)",
            "linking / scoring", "merging / assessment / fingerprint", "commit (writes, COMMIT, fsync, lock wait)"};
    }
}
