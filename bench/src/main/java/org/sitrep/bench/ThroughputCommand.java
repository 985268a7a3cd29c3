package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.bench.corpus.Article;
import org.sitrep.bench.corpus.BenchCorpus;
import org.sitrep.bench.corpus.GeoCorpusReader;
import org.sitrep.bench.corpus.TokenCount;
import org.sitrep.bench.throughput.ColdStart;
import org.sitrep.bench.throughput.Comparison;
import org.sitrep.bench.throughput.CoreNlpSubject;
import org.sitrep.bench.throughput.MachineInfo;
import org.sitrep.bench.throughput.Measured;
import org.sitrep.bench.throughput.SitrepSubject;
import org.sitrep.bench.throughput.Subject;
import org.sitrep.bench.throughput.SubjectResult;
import org.sitrep.bench.throughput.ThroughputMeter;
import org.sitrep.bench.throughput.ThroughputReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** End-to-end throughput of the engine on the news corpus, optionally against CoreNLP; prints Markdown. */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Extraction throughput, latency and heap on the eval/geo news texts (default command).")
public final class ThroughputCommand implements Callable<Integer> {

    @Option(names = "--shared", paramLabel = "DIR", description = "shared data directory (default: <repo>/../shared)")
    Path shared;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown report to FILE")
    Path out;

    @Option(names = "--warmup", defaultValue = "1", description = "warm-up passes over the corpus (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--passes", defaultValue = "3", description = "measured passes (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--limit", paramLabel = "N", description = "use only N articles, spread over the corpus")
    Integer limit;

    @Option(names = "--corenlp", description = "also run the Stanford CoreNLP baseline")
    boolean corenlp;

    @Option(names = "--corenlp-limit", paramLabel = "N", defaultValue = "40",
            description = "articles for the CoreNLP comparison (default ${DEFAULT-VALUE}; ~1 article/s)")
    int corenlpLimit;

    @Option(names = "--corenlp-warmup", paramLabel = "N", defaultValue = "3",
            description = "CoreNLP warm-up articles (default ${DEFAULT-VALUE})")
    int corenlpWarmup;

    @Option(names = "--corenlp-passes", paramLabel = "N", defaultValue = "1",
            description = "measured passes in the comparison (default ${DEFAULT-VALUE})")
    int corenlpPasses;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || passes < 1 || corenlpLimit < 1 || corenlpWarmup < 0 || corenlpPasses < 1
                || (limit != null && limit < 1)) {
            System.err.println("error: --passes, --corenlp-limit, --corenlp-passes, --limit must be >= 1; "
                    + "--warmup, --corenlp-warmup >= 0");
            return 2;
        }
        Path sharedDir = shared != null ? shared : RepoPaths.defaultShared();
        List<String> skipped = new ArrayList<>();
        ZonedDateTime when = ZonedDateTime.now();
        MachineInfo machine = MachineInfo.current();
        Path geo = BenchCorpus.geoDir(sharedDir);

        Optional<Article> first = firstArticle(geo);
        ThroughputReport report;
        if (first.isEmpty()) {
            skipped.add("throughput: no corpus (" + String.join(", ", BenchCorpus.FILES) + ") under `" + geo
                    + "`; pass --shared DIR to point at the shared data. Nothing was measured.");
            if (corenlp) {
                skipped.add("CoreNLP comparison: needs the same corpus.");
            }
            report = new ThroughputReport(when, machine, geo, Map.of(), 0, 0, warmup, passes, null, null, skipped);
        } else {
            report = run(when, machine, sharedDir, first.get(), skipped);
        }
        String md = report.markdown();
        System.out.println(md);
        if (out != null) {
            Files.writeString(out, md, StandardCharsets.UTF_8);
            System.err.println("report written to " + out.toAbsolutePath());
        }
        return 0;
    }

    private ThroughputReport run(ZonedDateTime when, MachineInfo machine, Path sharedDir, Article first,
            List<String> skipped) throws Exception {
        // cold start first, before anything else is loaded, so "JVM start -> first article" means something
        ThroughputMeter sitrepMeter = new ThroughputMeter(ThroughputCommand::progress);
        Subject sitrep = new SitrepSubject();
        ColdStart sitrepCold = sitrepMeter.coldStart(sitrep, first, true);
        progress("sitrep: loaded in " + sitrepCold.loadMillis() + " ms, first article done "
                + sitrepCold.sinceJvmStartMillis() + " ms after JVM start");

        BenchCorpus corpus = BenchCorpus.load(sharedDir);
        skipped.addAll(corpus.skipped());
        List<Article> articles = limit == null ? corpus.articles() : corpus.spread(limit);
        long tokens = articles.stream().mapToLong(a -> TokenCount.of(a.text())).sum();
        progress("corpus: " + articles.size() + " articles, " + tokens + " tokens from " + corpus.geoDir());

        Measured full = sitrepMeter.measure(sitrep, repeat(articles, warmup), articles, passes);
        List<Article> subset = BenchCorpus.spread(articles, corenlpLimit);
        Measured sitrepSubset = null;
        if (corenlp) {
            sitrepSubset = sitrepMeter.measure(sitrep, List.of(), subset, corenlpPasses);
        }
        SubjectResult sitrepResult = new SubjectResult(sitrep.name(), sitrepCold, full);
        sitrep.close();

        Comparison comparison = null;
        if (corenlp) {
            ThroughputMeter coreMeter = new ThroughputMeter(ThroughputCommand::progress);
            Subject core = new CoreNlpSubject();
            progress("CoreNLP: loading (about 15 s and 1 GB of heap)");
            ColdStart coreCold = coreMeter.coldStart(core, subset.get(0), false);
            progress("CoreNLP: loaded in " + coreCold.loadMillis() + " ms");
            Measured coreMeasured = coreMeter.measure(core,
                    subset.subList(0, Math.min(corenlpWarmup, subset.size())), subset, corenlpPasses);
            core.close();
            comparison = new Comparison(subset.size(), articles.size(), Math.min(corenlpWarmup, subset.size()),
                    corenlpPasses, new SubjectResult(sitrep.name(), sitrepCold, sitrepSubset),
                    new SubjectResult(core.name(), coreCold, coreMeasured));
        } else {
            skipped.add("CoreNLP comparison: not requested (add --corenlp).");
        }
        Map<String, Integer> perFile = corpus.perFile();
        if (limit != null) {
            skipped.add("corpus limited by --limit to " + articles.size() + " of " + corpus.articles().size()
                    + " articles.");
        }
        return new ThroughputReport(when, machine, corpus.geoDir(), perFile, articles.size(), tokens, warmup, passes,
                sitrepResult, comparison, skipped);
    }

    private static Optional<Article> firstArticle(Path geo) throws IOException {
        GeoCorpusReader reader = new GeoCorpusReader();
        for (String f : BenchCorpus.FILES) {
            Path p = geo.resolve(f);
            if (Files.isRegularFile(p)) {
                Optional<Article> a = reader.first(p);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Article> repeat(List<Article> articles, int times) {
        List<Article> out = new ArrayList<>(articles.size() * times);
        for (int i = 0; i < times; i++) {
            out.addAll(articles);
        }
        return Collections.unmodifiableList(out);
    }

    static void progress(String msg) {
        System.err.println("[bench] " + msg);
    }
}
