package org.sitrep.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputReportTest {
    private static final MachineInfo MACHINE = new MachineInfo(2, "Test CPU", 8L << 30, "Linux 6 (amd64)",
            "17.0.15", 2L << 30, "G1");
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC);

    /** 10 articles, 1,000 tokens in 1 s wall / 0.5 s CPU. */
    private static Measured measured(long wallNanos, List<String> failures) {
        return new Measured(10, 1, 10, 1000, wallNanos, wallNanos / 2,
                LatencyStats.of(new long[] {wallNanos / 10}), 64L << 20, failures);
    }

    private static Map<String, Integer> files() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("lgl.xml", 6);
        m.put("GeoVirus.xml", 4);
        return m;
    }

    @Test
    void markdown_withComparison_showsMachineFiguresAndRatios() {
        SubjectResult fast = new SubjectResult("sitrep", new ColdStart(5, 9, 400L, 3L << 20),
                measured(1_000_000_000L, List.of()));
        SubjectResult slow = new SubjectResult("CoreNLP 4.5.10", new ColdStart(15_000, 16_000, null, 1L << 30),
                measured(4_000_000_000L, List.of("lgl.xml#3: IllegalStateException: boom")));
        String md = new ThroughputReport(WHEN, MACHINE, Path.of("/data/eval/geo"), files(), 10, 1000, 1, 1, fast,
                new Comparison(10, 10, 3, 1, fast, slow), List.of()).markdown();
        assertTrue(md.contains("2026-01-02 03:04 Z"), md);
        assertTrue(md.contains("2 cores (Test CPU), 8.00 GiB RAM"), md);
        assertTrue(md.contains("10 news articles (lgl.xml 6, GeoVirus.xml 4)"), md);
        assertTrue(md.contains("| articles/s (1 thread = 1 core) | 10.0 | 2.50 | 4.00× higher |"), md);
        assertTrue(md.contains("| tokens per CPU-second of the thread and its helpers | 2,000 | 500 | 4.00× higher |"), md);
        assertTrue(md.contains("| heap held by the loaded pipeline | 3.00 MiB | 1.00 GiB | 341× lower |"), md);
        assertTrue(md.contains("| JVM start → first article done (ms) | 400 | n/a |  |"), md);
        assertTrue(md.contains("CoreNLP 4.5.10 failed on 1 article(s)") && md.contains("- lgl.xml#3: "), md);
        assertFalse(md.contains("Skipped"), md);
    }

    @Test
    void markdown_nothingMeasured_saysWhatWasSkipped() {
        String md = new ThroughputReport(WHEN, MACHINE, Path.of("/none"), Map.of(), 0, 0, 1, 3, null, null,
                List.of("throughput: no corpus")).markdown();
        assertTrue(md.contains("> **Skipped:** throughput: no corpus"), md);
        assertFalse(md.contains("| measure |"), md);
    }
}
