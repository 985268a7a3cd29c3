package org.sitrep.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void of_hundredValues_nearestRankPercentiles() {
        long[] v = new long[100];
        for (int i = 0; i < 100; i++) {
            v[i] = 100 - i; // 1..100, unsorted
        }
        LatencyStats s = LatencyStats.of(v);
        assertEquals(50, s.p50Nanos());
        assertEquals(99, s.p99Nanos());
        assertEquals(100, s.maxNanos());
        assertEquals(50, s.meanNanos()); // 50.5 truncated
    }

    @Test
    void of_fewValues_p99IsMax() {
        LatencyStats s = LatencyStats.of(new long[] {7, 3, 5});
        assertEquals(5, s.p50Nanos());
        assertEquals(7, s.p99Nanos());
    }

    @Test
    void of_empty_isAllZero() {
        assertEquals(new LatencyStats(0, 0, 0, 0, 0), LatencyStats.of(new long[0]));
    }
}
