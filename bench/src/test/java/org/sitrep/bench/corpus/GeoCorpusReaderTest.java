package org.sitrep.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCorpusReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String xml) throws IOException {
        return Files.writeString(dir.resolve(name), xml);
    }

    @Test
    void read_lglStyle_takesArticleTextsOnly() throws IOException {
        Path p = write("lgl.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <articles>
                  <article docid="1"><title>Ignored</title>
                    <text><![CDATA[Floods closed the road to Ashford & Kent.]]></text>
                    <toponyms><toponym><phrase>Ashford</phrase><text>not an article text</text></toponym></toponyms>
                  </article>
                  <article docid="2"><text>   </text></article>
                  <article docid="3"><text>A second short report.</text></article>
                </articles>
                """);
        List<Article> a = new GeoCorpusReader().read(p);
        assertEquals(List.of(new Article("lgl.xml#1", "Floods closed the road to Ashford & Kent."),
                new Article("lgl.xml#3", "A second short report.")), a);
    }

    @Test
    void first_stopsAfterFirstArticle() throws IOException {
        Path p = write("g.xml", "<articles><article><text>One.</text></article><article><text>Two.</text>"
                + "</article><broken></articles>");
        assertEquals("One.", new GeoCorpusReader().first(p).orElseThrow().text());
        IOException x = assertThrows(IOException.class, () -> new GeoCorpusReader().read(p));
        assertTrue(x.getMessage().contains("g.xml"), x.getMessage());
    }

    @Test
    void load_missingFiles_areListedAsSkipped() throws IOException {
        Files.createDirectories(dir.resolve("eval/geo"));
        Files.writeString(dir.resolve("eval/geo/GeoVirus.xml"),
                "<articles><article><source>x</source><text>Cases rose.</text></article></articles>");
        BenchCorpus c = BenchCorpus.load(dir);
        assertEquals(1, c.articles().size());
        assertEquals(1, c.skipped().size());
        assertTrue(c.skipped().get(0).contains("lgl.xml"), c.skipped().get(0));
    }

    @Test
    void spread_takesEvenlySpacedArticlesInOrder() {
        List<Article> all = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> new Article("a" + i, "x".repeat(i + 1))).toList();
        assertEquals(List.of("a0", "a3", "a6"), BenchCorpus.spread(all, 3).stream().map(Article::id).toList());
        assertEquals(all, BenchCorpus.spread(all, 20));
        BenchCorpus c = new BenchCorpus(dir, all, java.util.Map.of(), List.of());
        assertEquals("a5", c.typical().id());
    }
}
