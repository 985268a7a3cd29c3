package org.sitrep.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.model.Processed;

/** The real sample pages in ../shared/corpus/articles, read in place (never copied) and run through the engine. */
final class SamplePages {
    private final Path articles;
    private final Engine engine = Engine.standard();

    private SamplePages(Path articles) {
        this.articles = articles;
    }

    /** The pages, or a skipped test (with the reason) when ../shared is absent. */
    static SamplePages orSkip(String what) {
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "articles")),
                "../shared/corpus/articles is absent: " + what + " skipped");
        return new SamplePages(Path.of(shared, "corpus", "articles"));
    }

    /** The page whose file name starts with {@code startOfName}, processed. */
    Processed process(String startOfName) {
        try (Stream<Path> files = Files.list(articles)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(startOfName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no sample page starting " + startOfName));
            return engine.process(new DocumentReader().readFully(file));
        } catch (IOException | IngestException e) {
            throw new AssertionError("cannot read the sample page starting " + startOfName, e);
        }
    }
}
