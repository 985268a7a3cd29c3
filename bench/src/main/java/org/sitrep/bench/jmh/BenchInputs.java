package org.sitrep.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.sitrep.bench.RepoPaths;
import org.sitrep.bench.corpus.Article;
import org.sitrep.bench.corpus.BenchCorpus;

/**
 * Inputs of the JMH benchmarks, resolved inside each forked JVM: the shared directory comes from the
 * {@code sitrep.shared} system property (set by {@link JmhLauncher}) or the default beside the repository.
 */
final class BenchInputs {
    static final String FALLBACK = "fallback-article.txt";

    private BenchInputs() {
    }

    static Path shared() {
        String p = System.getProperty("sitrep.shared");
        return p != null ? Path.of(p) : RepoPaths.defaultShared();
    }

    /** The median-length corpus article, or our own sample article when the corpus is absent (and says so). */
    static Article typicalArticle() {
        try {
            BenchCorpus corpus = BenchCorpus.load(shared());
            if (!corpus.isEmpty()) {
                Article a = corpus.typical();
                System.out.println("[bench] typical article: " + a.id() + " (" + a.text().length() + " chars)");
                return a;
            }
            System.out.println("[bench] corpus absent under " + corpus.geoDir() + "; using the bundled sample "
                    + "article " + FALLBACK);
            try (InputStream in = BenchInputs.class.getResourceAsStream(FALLBACK)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing from the bench jar: " + FALLBACK);
                }
                return new Article(FALLBACK, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
