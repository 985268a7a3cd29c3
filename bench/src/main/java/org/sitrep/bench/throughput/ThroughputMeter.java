package org.sitrep.bench.throughput;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.bench.corpus.Article;
import org.sitrep.bench.corpus.TokenCount;
import org.sitrep.extract.SentenceEncoder;

/** Runs a subject over articles on the calling thread and measures it. */
public final class ThroughputMeter {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final java.util.function.Consumer<String> progress;
    /** Keeps results reachable so no work can be skipped. */
    private volatile Object sink;

    public ThroughputMeter(java.util.function.Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * Loads the subject and processes one article, timing both, and measures the live heap this added.
     * The baseline's full GCs are timed and left out of the "since JVM start" figure.
     */
    public ColdStart coldStart(Subject s, Article first, boolean sinceJvmStart) throws Exception {
        long g0 = System.nanoTime();
        long baseline = HeapTracker.liveHeapBytes();
        long gcMillis = (System.nanoTime() - g0) / 1_000_000;
        long t0 = System.nanoTime();
        s.load();
        long t1 = System.nanoTime();
        runOne(s, first);
        long t2 = System.nanoTime();
        Long fromStart = sinceJvmStart
                ? System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime() - gcMillis
                : null;
        long held = Math.max(0, HeapTracker.liveHeapBytes() - baseline);
        return new ColdStart((t1 - t0) / 1_000_000, (t2 - t0) / 1_000_000, fromStart, held);
    }

    /**
     * Runs {@code warmup} once (unmeasured), then {@code passes} measured passes over {@code articles}.
     * Articles the subject fails on are recorded (for the life of this meter: use one meter per subject)
     * and left out of latencies and throughput.
     */
    public Measured measure(Subject s, List<Article> warmup, List<Article> articles, int passes) {
        progress.accept(s.name() + ": warm-up, " + warmup.size() + " article runs");
        for (Article a : warmup) {
            runOne(s, a);
        }
        int[] tokens = articles.stream().mapToInt(a -> TokenCount.of(a.text())).toArray();
        long[] lat = new long[articles.size() * passes];
        int runs = 0;
        long tokenSum = 0;
        long wall = 0;
        long cpu = 0;
        try (HeapTracker heap = new HeapTracker()) {
            for (int p = 0; p < passes; p++) {
                progress.accept(s.name() + ": measured pass " + (p + 1) + " of " + passes + ", "
                        + articles.size() + " articles");
                long c0 = threads.getCurrentThreadCpuTime() + helperCpu();
                long w0 = System.nanoTime();
                for (int i = 0; i < articles.size(); i++) {
                    long t0 = System.nanoTime();
                    boolean ok = runOne(s, articles.get(i));
                    long t = System.nanoTime() - t0;
                    if (ok) {
                        lat[runs++] = t;
                        tokenSum += tokens[i];
                    }
                    heap.sample();
                }
                wall += System.nanoTime() - w0;
                cpu += threads.getCurrentThreadCpuTime() + helperCpu() - c0;
            }
            long[] used = java.util.Arrays.copyOf(lat, runs);
            List<String> failed = failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
            return new Measured(articles.size(), passes, runs, tokenSum, wall, cpu, LatencyStats.of(used),
                    heap.peakBytes(), failed);
        }
    }

    /**
     * CPU time so far of the threads the engine hands work to while the measuring thread waits (the type model's
     * encoder), so that an article's CPU counts the encoding done for it.
     */
    private long helperCpu() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(SentenceEncoder.THREAD_NAME)) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private boolean runOne(Subject s, Article a) {
        try {
            sink = s.process(a);
            return true;
        } catch (Exception | StackOverflowError e) {
            failures.putIfAbsent(a.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }
}
