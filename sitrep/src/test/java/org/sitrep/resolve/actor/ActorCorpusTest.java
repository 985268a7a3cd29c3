package org.sitrep.resolve.actor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the finder over the shared real articles (read-only, never copied): every article names some actor. */
class ActorCorpusTest {
    @Test
    void find_realArticles_everyArticleNamesAnActorAndSyriaIsTheFocusOfMost() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "articles")),
                "shared corpus not available (system property sitrep.shared); skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(shared, "corpus", "articles"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeTrue(!files.isEmpty(), "no articles in the shared corpus");
        int syria = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            DocumentContext doc = Fixtures.RESOLVER.context(text, null);
            long actors = Fixtures.RESOLVER.finder().find(text).stream().filter(h -> !h.generic()).count();
            System.out.printf("%s: %d actor names, %d distinct actors, focus %s %s%n", f.getFileName(), actors,
                    doc.namedActors().size(), doc.focus().country(), doc.focus().cues());
            assertTrue(actors > 0, f.getFileName() + " names no actor");
            List<org.sitrep.model.ActorRef> refs = Fixtures.RESOLVER.finder().find(text).stream()
                    .map(h -> Fixtures.RESOLVER.resolve(org.sitrep.model.ActorRef.unresolved(
                            org.sitrep.model.Mention.in(text, h.name().span())),
                            new ResolutionContext(doc, null, null, 0, null)).ref())
                    .toList();
            DocumentPlausibility.Plausibility p = new DocumentPlausibility(Fixtures.KB)
                    .assess(null, refs, doc.focus().country());
            System.out.printf("  %d of %d mentions resolved to an actor; earliest date consistent with the names: %s%n",
                    p.checked(), refs.size(), p.earliestConsistent());
            if ("SY".equals(doc.focus().country())) {
                syria++;
            }
        }
        assertTrue(syria * 2 > files.size(), "Syria should be the focus of most Syrian-war articles: " + syria);
    }
}
