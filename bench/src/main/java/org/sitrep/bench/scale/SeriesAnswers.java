package org.sitrep.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.sitrep.app.Sitrep;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.Series;

/**
 * Times {@link Sitrep#series} and {@link Sitrep#changes} (a series, then its change points: what {@code sitrep
 * changes} answers) for each of the {@link SeriesShapes}, wall clock and CPU time of the asking thread (an embedded
 * store queries in it; other work sharing the cores shows in the wall figure, not the CPU one), with the largest heap
 * in use after each answer.
 */
final class SeriesAnswers {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SeriesAnswers() {
    }

    static void run(Sitrep sitrep, int runs, boolean changes) {
        List<SeriesShapes.Shape> shapes = SeriesShapes.all();
        // one answer first, unmeasured: loading the gazetteer and the actors is not an answer's time
        sitrep.changes(sitrep.series(shapes.get(0).filter()));
        long[] worst = new long[2];
        for (SeriesShapes.Shape shape : shapes) {
            long[] wall = new long[runs];
            long[] cpu = new long[runs];
            int points = 0;
            int found = 0;
            long heap = 0;
            for (int i = 0; i < runs; i++) {
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                Series s = sitrep.series(shape.filter());
                List<ChangePoint> cps = changes ? sitrep.changes(s) : List.of();
                wall[i] = System.nanoTime() - t;
                cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
                points = s.points().size();
                found = cps.size();
                heap = Math.max(heap, usedHeap());
            }
            Percentiles w = Percentiles.of(wall);
            Percentiles c = Percentiles.of(cpu);
            System.out.printf("[answers] %-8s %-80s wall p50 %7.1f max %7.1f ms; cpu p50 %7.1f max %7.1f ms; "
                            + "%d buckets%s; heap %d MiB%n", changes ? "changes" : "series", shape.name(), w.p50(),
                    w.max(), c.p50(), c.max(), points, changes ? ", " + found + " change points" : "",
                    heap >> 20);
            worst[0] = Math.max(worst[0], (long) (w.max() * 1e6));
            worst[1] = Math.max(worst[1], (long) (c.max() * 1e6));
        }
        System.out.printf("[answers] %s: slowest shape wall %.1f ms, cpu %.1f ms%n", changes ? "changes" : "series",
                worst[0] / 1e6, worst[1] / 1e6);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
