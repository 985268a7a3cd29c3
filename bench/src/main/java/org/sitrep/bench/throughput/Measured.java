package org.sitrep.bench.throughput;

import java.util.List;

/**
 * Steady-state figures of one subject over the measured passes, on one thread.
 * {@code failures} holds "article id: problem" for each article the subject threw on (excluded from latencies).
 */
public record Measured(int articles, int passes, int runs, long tokens, long wallNanos, long cpuNanos,
        LatencyStats latency, long peakHeapBytes, List<String> failures) {

    public Measured {
        failures = List.copyOf(failures);
    }

    public double articlesPerSecond() {
        return per(runs, wallNanos);
    }

    /** Articles per second of CPU time of the measuring thread: robust when other processes share the cores. */
    public double articlesPerCpuSecond() {
        return per(runs, cpuNanos);
    }

    public double tokensPerSecond() {
        return per(tokens, wallNanos);
    }

    public double tokensPerCpuSecond() {
        return per(tokens, cpuNanos);
    }

    private static double per(double n, long nanos) {
        return nanos <= 0 ? Double.NaN : n * 1e9 / nanos;
    }
}
