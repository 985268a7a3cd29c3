package org.sitrep.eval.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ToponymResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link GeoEvaluator} on the shared LGL and GeoVirus corpora and on our Syria set, logging the figures
 * (SLF4J, INFO). Slow (a minute or so): kept out of the unit tests. Usage:
 * {@code GeoEval [--shared DIR] [--syria FILE] [--misses N] [--real-pages [FILE]]}; defaults: {@code ../shared} and
 * {@code sitrep/src/test/resources/places/syria-toponyms.jsonl}. Missing inputs are skipped with a warning.
 * {@code --real-pages} instead scores spotting and resolution end to end on the real pages of
 * {@code shared/corpus/articles} against {@link #REAL_PAGES} (or FILE), logging every miss.
 */
public final class GeoEval {
    private static final Logger LOG = LoggerFactory.getLogger(GeoEval.class);

    /** The gold toponyms of the real sample pages. */
    public static final Path REAL_PAGES = Path.of("sitrep/src/test/resources/geo/real-pages-toponyms.tsv");

    private GeoEval() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of("../shared");
        Path syria = Path.of("sitrep/src/test/resources/places/syria-toponyms.jsonl");
        int misses = 0;
        Path realPages = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--real-pages" -> realPages = i + 1 < args.length && !args[i + 1].startsWith("--")
                        ? Path.of(args[++i]) : REAL_PAGES;
                case "--shared" -> shared = Path.of(value(args, ++i));
                case "--syria" -> syria = Path.of(value(args, ++i));
                case "--misses" -> misses = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: GeoEval [--shared DIR] [--syria FILE] [--misses N] [--real-pages [FILE]])");
            }
        }
        if (realPages != null) {
            logRealPages(new RealPagesEvaluator().evaluate(realPages, shared.resolve("corpus/articles")));
            return;
        }
        for (GeoScore s : run(shared, syria)) {
            LOG.info(s.summary());
            s.misses().stream().limit(misses).forEach(m -> LOG.info("  miss {} '{}' -> {} {} ({} km)", m.document(),
                    m.mention(), m.answerId(), m.answerName(), Math.round(m.km())));
        }
    }

    private static void logRealPages(RealPagesEvaluator.Report r) {
        LOG.info(r.summary());
        for (RealPagesEvaluator.Outcome o : r.outcomes()) {
            RealPagesEvaluator.Gold g = o.gold();
            if (!g.scored()) {
                LOG.info("  not scored {} '{}' #{} (no verified point)", g.page(), g.toponym(), g.occurrence());
            } else if (!o.answered()) {
                LOG.info("  miss {} '{}' #{} at {}: no answer (gold {})", g.page(), g.toponym(), g.occurrence(),
                        o.span().start(), g.gazetteerId());
            } else if (o.km() > 25) {
                LOG.info("  miss {} '{}' #{} at {}: {} {} ({} km; gold {})", g.page(), g.toponym(), g.occurrence(),
                        o.span().start(), o.answerId(), o.answerName(), Math.round(o.km()), g.gazetteerId());
            }
        }
        for (ToponymResult t : r.unlabelled()) {
            LOG.info("  answer at no gold toponym: '{}' at {} -> {} {}", t.text(), t.span().start(), t.gazetteerId(),
                    t.name());
        }
    }

    /** Scores of every corpus found: LGL, GeoVirus, and the dev and test splits of the Syria set. */
    public static List<GeoScore> run(Path shared, Path syria) throws IOException {
        GeoEvaluator eval = new GeoEvaluator();
        List<GeoScore> out = new ArrayList<>();
        for (String f : List.of("lgl.xml", "GeoVirus.xml")) {
            Path p = shared.resolve("eval/geo").resolve(f);
            if (Files.isRegularFile(p)) {
                out.add(eval.evaluate(f, GoldCorpora.readXml(p)));
            } else {
                LOG.warn("skipped {}: not found", p);
            }
        }
        if (Files.isRegularFile(syria)) {
            List<GoldDocument> docs = GoldCorpora.readJsonLines(syria);
            out.add(eval.evaluate("syria-dev", GeoEvaluator.split(docs, "dev")));
            out.add(eval.evaluate("syria-test", GeoEvaluator.split(docs, "test")));
        } else {
            LOG.warn("skipped {}: not found", syria);
        }
        return out;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
