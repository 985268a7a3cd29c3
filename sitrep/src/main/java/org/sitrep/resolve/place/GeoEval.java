package org.sitrep.resolve.place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link GeoEvaluator} on the shared LGL and GeoVirus corpora and on our Syria set, logging the figures
 * (SLF4J, INFO). Slow (a minute or so): kept out of the unit tests. Usage:
 * {@code GeoEval [--shared DIR] [--syria FILE] [--misses N]}; defaults: {@code ../shared} and
 * {@code sitrep/src/test/resources/places/syria-toponyms.jsonl}. Missing inputs are skipped with a warning.
 */
public final class GeoEval {
    private static final Logger LOG = LoggerFactory.getLogger(GeoEval.class);

    private GeoEval() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of("../shared");
        Path syria = Path.of("sitrep/src/test/resources/places/syria-toponyms.jsonl");
        int misses = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(value(args, ++i));
                case "--syria" -> syria = Path.of(value(args, ++i));
                case "--misses" -> misses = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: GeoEval [--shared DIR] [--syria FILE] [--misses N])");
            }
        }
        for (GeoScore s : run(shared, syria)) {
            LOG.info(s.summary());
            s.misses().stream().limit(misses).forEach(m -> LOG.info("  miss {} '{}' -> {} {} ({} km)", m.document(),
                    m.mention(), m.answerId(), m.answerName(), Math.round(m.km())));
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
