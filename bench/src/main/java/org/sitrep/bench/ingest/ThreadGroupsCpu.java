package org.sitrep.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by kind (the JIT compilers, the collector and VM thread, the rest), read from
 * Linux's {@code /proc/self/task/<tid>/stat}: the compiler threads are hidden from {@code ThreadMXBean}, and on one
 * core they compete with the ingesting thread. Elsewhere every figure is -1 (nothing is guessed).
 */
public record ThreadGroupsCpu(long compilerNanos, long gcAndVmNanos, long otherNanos, long systemNanos) {
    /** Clock ticks per second of /proc's utime and stime: 100 on every Linux this runs on (USER_HZ). */
    private static final long TICK_NANOS = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    static ThreadGroupsCpu now() {
        if (!Files.isDirectory(TASKS)) {
            return new ThreadGroupsCpu(-1, -1, -1, -1);
        }
        for (int attempt = 0; attempt < 3; attempt++) { // a thread may end while the folder is listed
            long[] sums = new long[4];
            try (Stream<Path> tasks = Files.list(TASKS)) {
                for (Path t : tasks.toList()) {
                    add(t.resolve("stat"), sums);
                }
                return new ThreadGroupsCpu(sums[0], sums[1], sums[2], sums[3]);
            } catch (IOException | UncheckedIOException e) {
                // listed again below
            }
        }
        return new ThreadGroupsCpu(-1, -1, -1, -1);
    }

    private static void add(Path stat, long[] sums) {
        String line;
        try {
            line = Files.readString(stat, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return; // the thread ended between the listing and the read
        }
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        String name = line.substring(open + 1, close);
        String[] f = line.substring(close + 2).trim().split(" ");
        // after the name: state is field 3 (index 0 here), utime field 14 (index 11), stime field 15 (index 12)
        long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS;
        sums[kind(name)] += nanos;
        sums[3] += Long.parseLong(f[12]) * TICK_NANOS;
    }

    private static int kind(String name) {
        if (name.contains("CompilerThre")) {
            return 0;
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ") || name.equals("VM Thread")) {
            return 1;
        }
        return 2;
    }

    ThreadGroupsCpu minus(ThreadGroupsCpu before) {
        if (compilerNanos < 0 || before.compilerNanos < 0) {
            return new ThreadGroupsCpu(-1, -1, -1, -1);
        }
        return new ThreadGroupsCpu(compilerNanos - before.compilerNanos, gcAndVmNanos - before.gcAndVmNanos,
                otherNanos - before.otherNanos, systemNanos - before.systemNanos);
    }

    public long total() {
        return compilerNanos + gcAndVmNanos + otherNanos;
    }

    /** The CPU by thread kind (the ingesting thread is among the other threads) and the kernel's share of it. */
    public String describe() {
        if (compilerNanos < 0) {
            return "per-thread CPU unavailable (no /proc/self/task)";
        }
        return String.format(Locale.ROOT, "JIT compilers %.2f s, GC + VM thread %.2f s, other threads %.2f s; "
                + "of all that in the kernel %.2f s", compilerNanos / 1e9, gcAndVmNanos / 1e9, otherNanos / 1e9,
                systemNanos / 1e9);
    }
}
