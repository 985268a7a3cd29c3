package org.sitrep.bench.sizes;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.bench.throughput.HeapTracker;
import org.sitrep.bench.throughput.MachineInfo;
import org.sitrep.engine.Engine;
import org.sitrep.link.assess.EventAssessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ingests generated documents of growing size end to end, as {@code sitrep ingest} does (read, engine, record,
 * commit into a new embedded store), and prints per size the median wall time of the runs, the CPU time of the
 * ingesting thread, peak heap occupancy and the process's peak resident set, then the exponent k of time ~ size^k
 * fitted by least squares on log-log scale.
 */
@Command(name = "sizes", mixinStandardHelpOptions = true,
        description = "End-to-end ingest time and memory of one generated document per size, with the fitted exponent.")
public final class SizesCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", paramLabel = "BYTES",
            description = "document sizes in bytes, k/m suffixes allowed (default 10k,100k,1m,5m,20m)")
    List<String> sizes = List.of("10k", "100k", "1m", "5m", "20m");

    @Option(names = "--runs", defaultValue = "3", description = "runs per size; the median counts (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown report to FILE")
    Path out;

    /** One size's measurements. */
    record Row(long bytes, double medianSeconds, double[] seconds, double medianCpuSeconds, long peakHeap, long peakRss,
               IngestSummary summary) {
    }

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("sitrep-sizes");
        try {
            Engine engine = Engine.standard();
            EventAssessor assessor = EventAssessor.standard();
            // warm up: load the reference data and compile the hot paths on a small document
            ingest(engine, assessor, dir, SyntheticNews.text(20_000, seed + 1), "warmup");
            List<Row> rows = new ArrayList<>();
            for (String s : sizes) {
                long bytes = parseBytes(s);
                String text = SyntheticNews.text(bytes, seed);
                rows.add(measure(engine, assessor, dir, text));
                Row r = rows.get(rows.size() - 1);
                System.err.printf(Locale.ROOT, "[sizes] %s: %.2f s median (%s)%n", human(r.bytes()), r.medianSeconds(),
                        r.summary().line());
            }
            String report = report(rows);
            System.out.print(report);
            if (out != null) {
                Files.writeString(out, report, StandardCharsets.UTF_8);
            }
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    private Row measure(Engine engine, EventAssessor assessor, Path dir, String text) throws IOException {
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long peakHeap = 0;
        IngestSummary summary = null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            System.gc();
            try (HeapTracker heap = new HeapTracker()) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                summary = ingest(engine, assessor, dir, text, "run" + i);
                wall[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                heap.sample();
                peakHeap = Math.max(peakHeap, heap.peakBytes());
            }
        }
        return new Row(text.getBytes(StandardCharsets.UTF_8).length, median(wall), wall, median(cpu), peakHeap,
                peakRss(), summary);
    }

    /** Writes the document to a file and ingests it into a new store, as {@code sitrep ingest FILE} does. */
    private static IngestSummary ingest(Engine engine, EventAssessor assessor, Path dir, String text, String name)
            throws IOException {
        Path file = dir.resolve(name + ".txt");
        Path db = dir.resolve(name + ".db");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        IngestSummary s;
        try (Sitrep sitrep = Sitrep.open(db)) {
            s = sitrep.ingest(engine, assessor, List.of(file), new IngestListener() {
                @Override
                public void problem(Path f, String problem) {
                    problems.add(problem);
                }
            });
        }
        Files.deleteIfExists(file);
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(dir.resolve(name + ".db" + suffix));
        }
        if (s.added() != 1) {
            throw new IllegalStateException("the generated document was not stored: " + problems);
        }
        return s;
    }

    /** k of time = c * size^k, by least squares on (log size, log time). */
    static double exponent(List<Row> rows) {
        int n = rows.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Row r : rows) {
            double x = Math.log(r.bytes());
            double y = Math.log(r.medianSeconds());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private String report(List<Row> rows) {
        MachineInfo m = MachineInfo.current();
        StringBuilder sb = new StringBuilder();
        sb.append("## sitrep ingest by document size\n\n");
        sb.append(String.format(Locale.ROOT, "%s; %d cores, %s; %.1f GiB; max heap %d MiB; %s; %s; load average %.1f%n%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), m.cores(), m.cpu(),
                m.memoryBytes() / 1073741824.0, m.maxHeapBytes() >> 20, m.java(), m.gc(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        sb.append("One generated conflict-news document per size (seed ").append(seed).append("), ingested end to end ")
                .append("into a new embedded store (read, engine, record, commit), ").append(runs)
                .append(" runs, after one warm-up document.\n\n");
        sb.append("| size | reports | events | wall s (median) | runs s | CPU s (median, ingesting thread) | "
                + "peak heap MiB | peak RSS MiB |\n|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %s | %.2f | %d | %d |%n", human(r.bytes()),
                    r.summary().reports(), r.summary().events(), r.medianSeconds(), runsText(r.seconds()),
                    r.medianCpuSeconds(), r.peakHeap() >> 20, r.peakRss() >> 20));
        }
        sb.append(String.format(Locale.ROOT, "%nFitted exponent (time ~ size^k, log-log least squares over %s): "
                + "k = %.2f%n", rows.size() == 0 ? "-" : human(rows.get(0).bytes()) + "–"
                + human(rows.get(rows.size() - 1).bytes()), rows.size() < 2 ? Double.NaN : exponent(rows)));
        if (rows.size() > 3) {
            List<Row> big = rows.subList(rows.size() - 3, rows.size());
            sb.append(String.format(Locale.ROOT, "Over the three largest sizes (%s–%s): k = %.2f%n",
                    human(big.get(0).bytes()), human(big.get(2).bytes()), exponent(big)));
        }
        return sb.toString();
    }

    private static String runsText(double[] s) {
        StringBuilder sb = new StringBuilder();
        for (double v : s) {
            sb.append(sb.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.2f", v));
        }
        return sb.toString();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static long parseBytes(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        long unit = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        String n = unit == 1 ? t : t.substring(0, t.length() - 1);
        return Math.round(Double.parseDouble(n) * unit);
    }

    private static String human(long bytes) {
        return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(Locale.ROOT, "%.0f KB", bytes / 1e3);
    }

    /** Peak resident set of this process so far (VmHWM), or -1 where /proc is unavailable. */
    private static long peakRss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
