package org.sitrep.bench.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.app.Grading;
import org.sitrep.app.Simulate;
import org.sitrep.app.Sitrep;
import org.sitrep.bench.RepoPaths;
import org.sitrep.export.ParquetTableReader;
import org.sitrep.export.ParquetTables;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run scale}: a simulated corpus with known truth, recorded once by {@code sitrep ingest} (one process)
 * and by the Spark job ({@code bin/sitrep-spark}, a child process, with each master given), whose Parquet output is
 * scored the same way, read from its tables (importing a million articles' output into a store would take tens of
 * GB): articles per second, the job's CPU time and peak resident memory
 * (in local mode the executors run inside the driver JVM, so this is the executors' peak too), speed-up against the
 * first master, linking pairwise F1 against the truth, and pairwise agreement with the single-process store.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Spark job vs single-process ingest on a simulated corpus with known truth.")
public final class SparkScaleCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "5000", description = "about this many articles (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--articles-per-day", defaultValue = "25", description = "default ${DEFAULT-VALUE}")
    int perDay;

    @Option(names = "--seed", defaultValue = "1", description = "world seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--noise", defaultValue = "partisan", description = "partisan or none (default ${DEFAULT-VALUE})")
    String noise;

    @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]",
            description = "Spark masters to run the job with; speed-up is against the first (default ${DEFAULT-VALUE})")
    List<String> masters;

    @Option(names = "--work", required = true, description = "folder for the corpus, stores and job output (kept)")
    Path work;

    @Option(names = "--skip-ingest", description = "leave out the single-process ingest; agreement is then with the "
            + "store an earlier run left in the work folder (single.db), if any")
    boolean skipIngest;

    @Option(names = "--score-only", description = "run nothing: score the store (single.db) and the job outputs "
            + "(out-MASTER) an earlier run left in the work folder; times are the earlier runs' (not shown)")
    boolean scoreOnly;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Files.createDirectories(work);
        Path corpus = work.resolve("corpus");
        if (!Files.exists(corpus.resolve("truth.jsonl"))) {
            int days = Math.max(1, articles / perDay);
            Simulate.Summary s = Simulate.run(new Simulate.Options(seed, 250, days, LocalDate.of(2015, 1, 1), noise,
                    perDay, false), corpus);
            System.err.printf(Locale.ROOT, "[scale] simulated %d articles, %d true events%n", s.articles(), s.events());
        }
        Truth truth = Truth.read(corpus.resolve("truth.jsonl"));
        out.println(machine());
        out.println("| run | articles | wall s | CPU s | articles/s | speed-up | peak RSS MB | largest component "
                + "| events | linking P / R / F1 vs truth | pairwise F1 vs single process |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        Set<String> single = null;
        if (scoreOnly) {
            return scoreEarlier(truth, out);
        }
        if (!skipIngest) {
            single = ingest(corpus, truth, out);
        } else if (Files.exists(work.resolve("single.db"))) {
            try (Sitrep sitrep = Sitrep.open(work.resolve("single.db"))) {
                single = pairs(sitrep);
            }
        }
        double first = 0;
        for (String master : masters) {
            Path output = work.resolve("out-" + master.replaceAll("[^A-Za-z0-9]", ""));
            ChildRun run = ChildRun.sparkJob(RepoPaths.repoRoot(), corpus.resolve("articles"), output, master);
            first = first == 0 ? run.wallSeconds() : first;
            Scores s = new Scorer().scoreTables(output, truth);
            long events = ParquetTableReader.rows(output.resolve(ParquetTables.EVENTS));
            long articlesIn = ParquetTableReader.rows(output.resolve(ParquetTables.DOCUMENTS));
            out.println(String.format(Locale.ROOT, "| spark %s | %d | %.1f | %.1f | %.1f | %.2f | %.0f | %s | %d "
                            + "| %.3f / %.3f / %.3f | %s |", master, articlesIn, run.wallSeconds(),
                    run.cpuSeconds(), articlesIn / run.wallSeconds(), first / run.wallSeconds(),
                    run.peakRssKb() / 1024.0, run.largestComponent(), events,
                    s.linkPrecision(), s.linkRecall(), s.linkF1(),
                    single == null ? "" : String.format(Locale.ROOT, "%.4f", f1(tablePairs(output), single))));
            out.flush();
        }
        return 0;
    }

    /** Scores what earlier runs left: the single-process store, then each master's tables against it. */
    private int scoreEarlier(Truth truth, PrintStream out) throws IOException {
        Set<String> single = null;
        Path db = work.resolve("single.db");
        if (Files.exists(db)) {
            try (Sitrep sitrep = Sitrep.open(db)) {
                Scores s = new Scorer().scoreLinking(sitrep, truth);
                out.println(String.format(Locale.ROOT, "| sitrep ingest (one process, earlier run) | %d | | | | | | "
                                + "| %d | %.3f / %.3f / %.3f | 1 |", sitrep.counts().documents(),
                        sitrep.counts().events(), s.linkPrecision(), s.linkRecall(), s.linkF1()));
                single = pairs(sitrep);
            }
        } else {
            System.err.println("[scale] no single.db in " + work + ": the job's tables are scored against the truth only");
        }
        for (String master : masters) {
            Path output = work.resolve("out-" + master.replaceAll("[^A-Za-z0-9]", ""));
            if (!Files.isDirectory(output.resolve(ParquetTables.EVENTS))) {
                System.err.println("[scale] no job output at " + output + ": " + master + " left out");
                continue;
            }
            Scores s = new Scorer().scoreTables(output, truth);
            out.println(String.format(Locale.ROOT, "| spark %s (earlier run) | %d | | | | | | | %d | %.3f / %.3f / %.3f "
                            + "| %s |", master, ParquetTableReader.rows(output.resolve(ParquetTables.DOCUMENTS)),
                    ParquetTableReader.rows(output.resolve(ParquetTables.EVENTS)), s.linkPrecision(), s.linkRecall(),
                    s.linkF1(), single == null ? "" : String.format(Locale.ROOT, "%.4f", f1(tablePairs(output), single))));
            out.flush();
        }
        return 0;
    }

    private Set<String> ingest(Path corpus, Truth truth, PrintStream out) throws IOException {
        Path db = work.resolve("single.db");
        Files.deleteIfExists(db);
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        try (Sitrep sitrep = Sitrep.open(db)) {
            long added = sitrep.ingest(List.of(corpus.resolve("articles")), Grading.standard(), (f, p) -> { }).added();
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            Scores s = new Scorer().scoreLinking(sitrep, truth);
            out.println(String.format(Locale.ROOT, "| sitrep ingest (one process) | %d | %.1f | %.1f | %.1f | | %.0f | "
                            + "| %d | %.3f / %.3f / %.3f | 1 |", added, wall, cpu, added / wall,
                    peakHeapMb(), sitrep.counts().events(), s.linkPrecision(), s.linkRecall(), s.linkF1()));
            out.flush();
            return pairs(sitrep);
        }
    }

    /** The pairs of reports the job's tables put in one event (the reports table's event ids). */
    private static Set<String> tablePairs(Path output) throws IOException {
        java.util.Map<String, List<String>> byEvent = new java.util.HashMap<>();
        ParquetTableReader.read(output.resolve(ParquetTables.REPORTS), row -> {
            if (row.string("event_id").isPresent()) {
                byEvent.computeIfAbsent(row.string("event_id").get(), k -> new ArrayList<>())
                        .add(row.string("id").orElseThrow());
            }
        });
        Set<String> out = new HashSet<>();
        byEvent.values().forEach(ids -> addPairs(ids, out));
        return out;
    }

    private static void addPairs(List<String> reportIds, Set<String> out) {
        List<String> ids = new ArrayList<>(reportIds);
        ids.sort(null);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                out.add(ids.get(i) + " " + ids.get(j));
            }
        }
    }

    /** The pairs of reports the store puts in one event. */
    private static Set<String> pairs(Sitrep sitrep) {
        Set<String> out = new HashSet<>();
        sitrep.streamEvents(Query.all(), (Event e) -> addPairs(e.reportIds(), out));
        return out;
    }

    private static double f1(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long both = a.stream().filter(b::contains).count();
        return 2.0 * both / (a.size() + b.size());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** This JVM's resident peak (VmHWM), in MB: the single-process ingest's memory, read as the job's is. */
    private static double peakHeapMb() {
        return ChildRun.peakRssKb(ProcessHandle.current().pid()) / 1024.0;
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%s, %d processors, Java %s, load average %.2f at the start, %s UTC",
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0));
    }
}
