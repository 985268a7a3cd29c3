package org.sitrep.bench.scale;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method (the p-th is the ceil(p/100 * n)-th smallest), in milliseconds. */
record Percentiles(int count, double p50, double p95, double p99, double max) {
    static Percentiles of(long[] nanos) {
        if (nanos.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, ms(sorted, 50), ms(sorted, 95), ms(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String line() {
        return String.format("n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", count, p50, p95, p99, max);
    }
}
