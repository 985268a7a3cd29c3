package org.sitrep.bench.throughput;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method (the p-th percentile is the ceil(p/100 * n)-th smallest value). */
public record LatencyStats(int count, long p50Nanos, long p99Nanos, long maxNanos, long meanNanos) {

    public static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            return new LatencyStats(0, 0, 0, 0, 0);
        }
        long[] s = nanos.clone();
        Arrays.sort(s);
        long sum = 0;
        for (long v : s) {
            sum += v;
        }
        return new LatencyStats(s.length, nearestRank(s, 50), nearestRank(s, 99), s[s.length - 1], sum / s.length);
    }

    static long nearestRank(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
