package org.sitrep.bench.scale;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.sitrep.app.Sitrep;
import org.sitrep.model.Counts;
import org.sitrep.model.Cursor;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run query --db FILE|URL [--runs 100] [--seed 7]}: events by box and time through {@link Sitrep} (what
 * the API's {@code GET /events} asks), timed per query shape ({@link QueryShapes}): the first page of 100, and the
 * next four pages by cursor. Each shape runs a few times unmeasured first, then {@code --runs} random queries.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Time events by box and time range over a (generated) store: p50/p95/p99 per query shape")
public final class QueryCommand implements Callable<Integer> {
    private static final int WARM_UP = 5;
    /**
     * The query thread's CPU time (SQLite runs in it): what a query costs, apart from waiting for a core on a
     * machine shared with other work. On an idle core the wall time comes down to about this.
     */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();
    private static final int NEXT_PAGES = 4;

    @Option(names = "--db", required = true, description = "SQLite file or postgresql:// address")
    String db;

    @Option(names = "--runs", defaultValue = "100", description = "queries per shape (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() {
        QueryShapes shapes = new QueryShapes();
        try (Sitrep sitrep = Sitrep.openExisting(db)) {
            Counts c = sitrep.counts();
            System.out.printf("[query] %s: %,d events, %,d reports, %,d documents; %s%n", db, c.events(), c.reports(),
                    c.documents(), Machine.describe());
            SplittableRandom rnd = new SplittableRandom(seed);
            for (QueryShapes.Shape shape : QueryShapes.Shape.values()) {
                for (int i = 0; i < WARM_UP; i++) {
                    sitrep.events(shapes.random(shape, rnd));
                }
                long[] first = new long[runs];
                long[] firstCpu = new long[runs];
                long[] next = new long[runs * NEXT_PAGES];
                int pagesTimed = 0;
                long rows = 0;
                for (int i = 0; i < runs; i++) {
                    Query q = shapes.random(shape, rnd);
                    long cpu = CPU.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    List<Event> page = sitrep.events(q);
                    first[i] = System.nanoTime() - t;
                    firstCpu[i] = CPU.getCurrentThreadCpuTime() - cpu;
                    rows += page.size();
                    for (int p = 0; p < NEXT_PAGES && page.size() == q.limit(); p++) {
                        Query after = q.after(Cursor.after(page.get(page.size() - 1)));
                        t = System.nanoTime();
                        page = sitrep.events(after);
                        next[pagesTimed++] = System.nanoTime() - t;
                    }
                }
                System.out.printf("[query] %-18s first page: %s (%.0f events a page)%n", shape,
                        Percentiles.of(first).line(), rows / (double) runs);
                System.out.printf("[query] %-18s first page, CPU time: %s%n", shape, Percentiles.of(firstCpu).line());
                System.out.printf("[query] %-18s next pages: %s%n", shape,
                        Percentiles.of(java.util.Arrays.copyOf(next, pagesTimed)).line());
            }
            System.out.printf("[query] load average at the end %s%n", Machine.load());
        }
        return 0;
    }
}
