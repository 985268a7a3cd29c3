package org.sitrep.bench.analysis;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.app.Grading;
import org.sitrep.app.IngestListener;
import org.sitrep.app.Simulate;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run analysis}: simulates worlds with known truth, ingests their articles with the engine into a
 * fresh store each, and scores control per place-day, route status per route-day, linking and extraction against
 * the truth, with partisan noise and without. {@code --speed N} instead writes a corpus of about N articles and
 * says how fast.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        description = "Scores the analysis (control, routes), linking and extraction on simulated worlds.")
public final class AnalysisCommand implements Callable<Integer> {
    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3", description = "world seeds (default ${DEFAULT-VALUE})")
    List<Long> seeds;

    @Option(names = "--places", defaultValue = "250", description = "places per world (default ${DEFAULT-VALUE})")
    int places;

    @Option(names = "--days", defaultValue = "365", description = "days per world (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--start", defaultValue = "2016-01-01", description = "first day (default ${DEFAULT-VALUE})")
    LocalDate start;

    @Option(names = "--articles-per-day", defaultValue = "6", description = "default ${DEFAULT-VALUE}")
    int articlesPerDay;

    @Option(names = "--noise", split = ",", defaultValue = "partisan,none",
            description = "noise settings to run (default ${DEFAULT-VALUE})")
    List<String> noises;

    @Option(names = "--work", description = "folder for the corpora and stores (default: a temporary one, removed)")
    Path work;

    @Option(names = "--lead-lag", arity = "0..1", fallbackValue = "both", description = "instead: test the claimed "
            + "lull effect on the seeds' worlds with the simulator's planted effect and without it (power and false "
            + "alarms through the record); 'planted' or 'none' runs one kind only")
    String leadLag;

    @Option(names = "--speed", description = "only write a corpus of about N articles (one year) and time it")
    Long speed;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        boolean temporary = work == null;
        Path root = temporary ? Files.createTempDirectory("sitrep-analysis-") : work;
        try {
            out.println(machine());
            if (speed != null) {
                return speed(root.resolve("speed"), out);
            }
            if (leadLag != null) {
                new LeadLagPower(places, days, start, noises.get(0), articlesPerDay).run(root, seeds, leadLag, out);
                return 0;
            }
            out.println("| seed | noise | articles | events | simulate s | ingest s (articles/s) | control place-days "
                    + "(unknown / other holder / contested quiet / held while fought) | route-days (unknown) | "
                    + "linking P / R / F1 | extraction type / place / day (no event report) |");
            out.println("|---|---|---|---|---|---|---|---|---|---|");
            for (String noise : noises) {
                List<Scores> all = new ArrayList<>();
                for (long seed : seeds) {
                    all.add(world(root, seed, noise, out));
                }
                out.println(String.format(Locale.ROOT, "| mean | %s | | | | | %.3f | %.3f | F1 %.3f | %.3f / %.3f / %.3f |",
                        noise, mean(all, Scores::control), mean(all, Scores::route), mean(all, Scores::linkF1),
                        mean(all, s -> Scores.ratio(s.typeRight(), s.extracted())),
                        mean(all, s -> Scores.ratio(s.placeRightExtr(), s.extracted())),
                        mean(all, s -> Scores.ratio(s.dateRight(), s.extracted()))));
            }
            return 0;
        } finally {
            if (temporary) {
                delete(root);
            }
        }
    }

    private Scores world(Path root, long seed, String noise, PrintStream out) throws IOException {
        Path dir = root.resolve("seed-" + seed + "-" + noise);
        delete(dir);
        Simulate.Summary sim = Simulate.run(new Simulate.Options(seed, places, days, start, noise, articlesPerDay,
                false), dir);
        System.err.printf(Locale.ROOT, "[analysis] seed %d %s: %d articles written, ingesting...%n", seed, noise,
                sim.articles());
        long t = System.nanoTime();
        int[] problems = {0};
        try (Sitrep sitrep = Sitrep.open(dir.resolve("store.db"))) {
            sitrep.ingest(List.of(dir.resolve("articles")), Grading.standard(), (file, problem) -> problems[0]++);
            double ingest = (System.nanoTime() - t) / 1e9;
            Scores s = new Scorer().score(sitrep, Truth.read(dir.resolve("truth.jsonl")));
            out.println(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.1f | %.0f (%.1f) | %.3f (%.3f / %.3f / "
                            + "%.3f / %.3f) | %.3f (%.3f) | %.3f / %.3f / %.3f | %.3f / %.3f / %.3f (%.3f) |", seed,
                    noise, sim.articles(), sim.events(), sim.seconds(), ingest, sim.articles() / ingest, s.control(),
                    share(s.placeUnknown(), s), share(s.placeOtherHolder(), s), share(s.placeContestedQuiet(), s),
                    share(s.placeHeldFought(), s), s.route(), Scores.ratio(s.routeUnknown(), s.routeDays()),
                    s.linkPrecision(), s.linkRecall(), s.linkF1(), Scores.ratio(s.typeRight(), s.extracted()),
                    Scores.ratio(s.placeRightExtr(), s.extracted()), Scores.ratio(s.dateRight(), s.extracted()),
                    Scores.ratio(s.articlesNoEventReport(), s.extracted())));
            out.flush();
            if (problems[0] > 0) {
                System.err.println("[analysis] " + problems[0] + " files skipped or warned about");
            }
            return s;
        }
    }

    private int speed(Path dir, PrintStream out) throws IOException {
        delete(dir);
        int perDay = (int) Math.max(1, speed / days);
        Simulate.Summary s = Simulate.run(new Simulate.Options(seeds.get(0), places, days, start, "partisan", perDay,
                true), dir);
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        out.println(String.format(Locale.ROOT, "wrote %d articles (%d true events, %.0f MB with the truth) in %.1f s: "
                + "%.0f articles/s", s.articles(), s.events(), bytes / 1e6, s.seconds(), s.articlesPerSecond()));
        return 0;
    }

    private static double share(long n, Scores s) {
        return Scores.ratio(n, s.placeDays());
    }

    private static double mean(List<Scores> all, java.util.function.ToDoubleFunction<Scores> f) {
        return all.stream().mapToDouble(f).average().orElse(0);
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%s, %d processors, Java %s, load average %.2f, %s UTC",
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0));
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
