package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of this JVM's threads by kind, read from {@code /proc/self/task} (Linux): task threads, the JIT
 * compilers, the garbage collector, Spark's own threads. Stage metrics count only the task threads; this says
 * where the rest went. Threads that already ended are not counted. Elsewhere than Linux it reads nothing.
 */
final class ThreadTimes {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private ThreadTimes() {
    }

    /** Lines "kind: CPU seconds (threads)", the busiest first. */
    static List<String> table() {
        Map<String, long[]> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    long[] sum = byKind.computeIfAbsent(name.replaceAll("[0-9#]+", "N").trim(), k -> new long[2]);
                    sum[0] += ticks;
                    sum[1]++;
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        byKind.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .filter(e -> e.getValue()[0] > 0)
                .forEach(e -> out.add(String.format(Locale.ROOT, "threads %s: %.1f CPU s (%d)", e.getKey(),
                        e.getValue()[0] / TICKS, e.getValue()[1])));
        return out;
    }
}
