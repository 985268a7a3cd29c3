package org.sitrep.bench.throughput;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.bench.corpus.TokenCount;

/**
 * The benchmark result as Markdown a person can paste into the README. {@code sitrep} and {@code comparison}
 * are null when they were not run; {@code skipped} says why.
 */
public record ThroughputReport(ZonedDateTime when, MachineInfo machine, Path corpusDir, Map<String, Integer> perFile,
        int articles, long tokens, int warmupPasses, int passes, SubjectResult sitrep, Comparison comparison,
        List<String> skipped) {

    public ThroughputReport {
        perFile = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perFile));
        skipped = List.copyOf(skipped);
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("## sitrep benchmark, ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append("\n\n");
        MachineInfo m = machine;
        b.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpu()).append("), ")
                .append(m.memoryBytes() < 0 ? "unknown memory" : Fmt.bytes(m.memoryBytes()) + " RAM").append(", ")
                .append(m.os()).append(", Java ").append(m.java()).append(", max heap ")
                .append(Fmt.bytes(m.maxHeapBytes())).append(", GC ").append(m.gc()).append(".\n\n");
        for (String s : skipped) {
            b.append("> **Skipped:** ").append(s).append("\n");
        }
        if (!skipped.isEmpty()) {
            b.append("\n");
        }
        if (sitrep == null) {
            return b.toString();
        }
        String files = perFile.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        int all = perFile.values().stream().mapToInt(Integer::intValue).sum();
        b.append("Corpus: ").append(articles < all ? articles + " of " : "").append(all)
                .append(" news articles (").append(files).append(") from `")
                .append(corpusDir).append("`, ").append(Fmt.num(tokens)).append(" tokens (")
                .append(TokenCount.RULE).append(")");
        b.append(articles < all ? "; the subset is spread evenly over the corpus" : "").append(".\n");
        b.append("Method: one thread; per article UTF-8 bytes → `DocumentReader.read` → `Engine.process`, timed "
                + "per article; ").append(warmupPasses).append(" warm-up pass(es), then ").append(passes)
                .append(" measured pass(es). Percentiles are nearest-rank. Peak heap = heap occupancy (garbage "
                        + "included) during the measured passes; held heap = live heap after load and first "
                        + "article minus before load (full GCs).\n\n");
        b.append("| measure | sitrep |\n|---|---:|\n");
        for (Row r : rows()) {
            b.append("| ").append(r.label).append(" | ").append(r.value.apply(sitrep)).append(" |\n");
        }
        failures(b, sitrep);
        if (comparison != null) {
            Comparison c = comparison;
            b.append("\n### Against Stanford CoreNLP (baseline, annotators ").append(CoreNlpSubject.ANNOTATORS)
                    .append(")\n\n");
            b.append("Same ").append(c.articles()).append(" articles for both, spread evenly over the ")
                    .append(c.corpusSize()).append("-article corpus");
            if (c.articles() < c.corpusSize()) {
                b.append(" (limited by --corenlp-limit: CoreNLP runs at about one article a second)");
            }
            b.append("; CoreNLP warmed up on ").append(c.warmupArticles()).append(" article(s), then ")
                    .append(c.passes()).append(" measured pass(es) each; sitrep was already warm. "
                            + "CoreNLP's load and first article run after sitrep in the same JVM.\n\n");
            b.append("| measure | sitrep | ").append(c.corenlp().name()).append(" | sitrep advantage |\n")
                    .append("|---|---:|---:|---:|\n");
            for (Row r : rows()) {
                b.append("| ").append(r.label).append(" | ").append(r.value.apply(c.sitrep())).append(" | ")
                        .append(r.value.apply(c.corenlp())).append(" | ").append(r.ratio(c.sitrep(), c.corenlp()))
                        .append(" |\n");
            }
            failures(b, c.corenlp());
        }
        return b.toString();
    }

    private static void failures(StringBuilder b, SubjectResult r) {
        List<String> f = r.measured().failures();
        if (f.isEmpty()) {
            return;
        }
        b.append("\n").append(r.name()).append(" failed on ").append(f.size())
                .append(" article(s) (left out of the figures); first ones:\n");
        f.stream().limit(5).forEach(s -> b.append("- ").append(s).append("\n"));
    }

    /** A table row; {@code better} +1 when higher is better, -1 when lower is better, 0 for no ratio. */
    private record Row(String label, Function<SubjectResult, String> value, Function<SubjectResult, Double> raw,
            int better) {
        String ratio(SubjectResult sitrep, SubjectResult other) {
            if (better == 0 || raw == null) {
                return "";
            }
            Double a = raw.apply(sitrep);
            Double o = raw.apply(other);
            if (a == null || o == null || a <= 0 || o <= 0 || a.isNaN() || o.isNaN()) {
                return "n/a";
            }
            double x = better > 0 ? a / o : o / a;
            return Fmt.num(x) + "× " + (better > 0 ? "higher" : "lower");
        }
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("articles/s (1 thread = 1 core)", r -> Fmt.num(r.measured().articlesPerSecond()),
                r -> r.measured().articlesPerSecond(), 1));
        rows.add(new Row("articles per CPU-second of the thread and its helpers", r -> Fmt.num(r.measured().articlesPerCpuSecond()),
                r -> r.measured().articlesPerCpuSecond(), 1));
        rows.add(new Row("tokens/s", r -> Fmt.num(r.measured().tokensPerSecond()),
                r -> r.measured().tokensPerSecond(), 1));
        rows.add(new Row("tokens per CPU-second of the thread and its helpers", r -> Fmt.num(r.measured().tokensPerCpuSecond()),
                r -> r.measured().tokensPerCpuSecond(), 1));
        rows.add(new Row("latency per article p50 (ms)", r -> Fmt.ms(r.measured().latency().p50Nanos()),
                r -> (double) r.measured().latency().p50Nanos(), -1));
        rows.add(new Row("latency per article p99 (ms)", r -> Fmt.ms(r.measured().latency().p99Nanos()),
                r -> (double) r.measured().latency().p99Nanos(), -1));
        rows.add(new Row("latency per article max (ms)", r -> Fmt.ms(r.measured().latency().maxNanos()),
                r -> (double) r.measured().latency().maxNanos(), -1));
        rows.add(new Row("peak heap during measured passes", r -> Fmt.bytes(r.measured().peakHeapBytes()),
                r -> (double) r.measured().peakHeapBytes(), -1));
        rows.add(new Row("heap held by the loaded pipeline", r -> r.cold() == null ? "n/a" : Fmt.bytes(r.cold().heldBytes()),
                r -> r.cold() == null ? null : (double) r.cold().heldBytes(), -1));
        rows.add(new Row("load (build pipeline, ms)", r -> r.cold() == null ? "n/a" : Fmt.num(r.cold().loadMillis()),
                r -> r.cold() == null ? null : (double) r.cold().loadMillis(), -1));
        rows.add(new Row("load + first article (ms)",
                r -> r.cold() == null ? "n/a" : Fmt.num(r.cold().loadAndFirstArticleMillis()),
                r -> r.cold() == null ? null : (double) r.cold().loadAndFirstArticleMillis(), -1));
        rows.add(new Row("JVM start → first article done (ms)",
                r -> r.cold() == null || r.cold().sinceJvmStartMillis() == null ? "n/a"
                        : Fmt.num(r.cold().sinceJvmStartMillis()),
                null, 0));
        rows.add(new Row("articles failed", r -> String.valueOf(r.measured().failures().size()), null, 0));
        return rows;
    }
}
