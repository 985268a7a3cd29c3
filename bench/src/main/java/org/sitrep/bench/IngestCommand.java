package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.bench.ingest.ConflictCorpus;
import org.sitrep.bench.ingest.IngestReport;
import org.sitrep.bench.throughput.MachineInfo;
import org.sitrep.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** End-to-end ingest into a fresh embedded store of generated conflict-dense articles (and the real pages). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "End-to-end ingest speed into a fresh SQLite store, with the share of time per part.")
public final class IngestCommand implements Callable<Integer> {

    @Option(names = "--shared", paramLabel = "DIR", description = "shared data directory (default: <repo>/../shared)")
    Path shared;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown report to FILE")
    Path out;

    @Option(names = "--articles", defaultValue = "400", description = "generated articles (default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "13", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--runs", defaultValue = "3", description = "measured runs (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "unmeasured warm-up runs (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "write the generated articles to DIR (to ingest them with the sitrep CLI) and stop")
    Path writeTo;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || runs < 1 || warmup < 0) {
            System.err.println("error: --articles and --runs must be >= 1, --warmup >= 0");
            return 2;
        }
        List<ConflictCorpus.Article> articles = new ArrayList<>(ConflictCorpus.standard().generate(count, seed));
        if (writeTo != null) {
            Files.createDirectories(writeTo);
            for (ConflictCorpus.Article a : articles) {
                Files.write(writeTo.resolve(a.name()), a.bytes());
            }
            System.err.println(articles.size() + " articles written to " + writeTo);
            return 0;
        }
        List<String> notes = new ArrayList<>();
        Path pages = (shared != null ? shared : RepoPaths.defaultShared()).resolve("corpus/articles");
        int real = addRealPages(pages, articles, notes);
        ZonedDateTime when = ZonedDateTime.now();
        MachineInfo machine = MachineInfo.current();
        long load = System.nanoTime();
        Engine engine = Engine.standard();
        notes.add("engine loaded in " + (System.nanoTime() - load) / 1_000_000 + " ms (not counted)");
        IngestReport report = new IngestReport(when, machine, System.getenv().getOrDefault("SITREP_BENCH_PINNING",
                "none (run through bench/run to pin to one core)"), count, real, articles, notes);
        Path dir = Files.createTempDirectory("sitrep-ingest-bench");
        try {
            for (int r = 0; r < warmup + runs; r++) {
                Path db = dir.resolve("run-" + r + ".db");
                var result = org.sitrep.bench.ingest.IngestRun.run(engine, articles, db);
                boolean measured = r >= warmup;
                System.err.printf(Locale.ROOT, "[ingest] %s run %d: %.1f articles/s (%.1f per CPU-second of the "
                        + "ingesting thread, %.1f of the process; %s; %d collections)%n",
                        measured ? "measured" : "warm-up", r + 1, result.perSecond(), result.perCpuSecond(),
                        result.perProcessCpuSecond(), result.jvm().describe(), result.gcCount());
                if (measured) {
                    report.add(result);
                }
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        String md = report.markdown();
        System.out.println(md);
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private static int addRealPages(Path pages, List<ConflictCorpus.Article> articles, List<String> notes)
            throws IOException {
        if (!Files.isDirectory(pages)) {
            notes.add("real pages: `" + pages + "` absent, only generated articles were ingested");
            return 0;
        }
        try (Stream<Path> files = Files.list(pages)) {
            List<Path> found = files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
            for (Path p : found) {
                articles.add(new ConflictCorpus.Article(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            return found.size();
        }
    }
}
