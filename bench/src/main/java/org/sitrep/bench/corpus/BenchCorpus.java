package org.sitrep.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The throughput corpus: the news article texts of {@code eval/geo/lgl.xml} and {@code eval/geo/GeoVirus.xml}
 * under the shared directory. Files that are absent are listed in {@link #skipped()}, never silently ignored.
 */
public record BenchCorpus(Path geoDir, List<Article> articles, Map<String, Integer> perFile, List<String> skipped) {
    public static final List<String> FILES = List.of("lgl.xml", "GeoVirus.xml");

    public BenchCorpus {
        articles = List.copyOf(articles);
        perFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perFile));
        skipped = List.copyOf(skipped);
    }

    public static Path geoDir(Path shared) {
        return shared.resolve("eval").resolve("geo");
    }

    public static BenchCorpus load(Path shared) throws IOException {
        Path geo = geoDir(shared);
        List<Article> all = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        GeoCorpusReader reader = new GeoCorpusReader();
        for (String f : FILES) {
            Path p = geo.resolve(f);
            if (!Files.isRegularFile(p)) {
                skipped.add(p + " not found: its articles are not in the corpus");
                continue;
            }
            List<Article> a = reader.read(p);
            counts.put(f, a.size());
            all.addAll(a);
        }
        return new BenchCorpus(geo, all, counts, skipped);
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /** {@code limit} articles spread evenly over the corpus (so every source file is represented), in order. */
    public List<Article> spread(int limit) {
        return spread(articles, limit);
    }

    /** {@code limit} items of {@code articles} at evenly spaced positions, in order (all of them if fewer). */
    public static List<Article> spread(List<Article> articles, int limit) {
        int n = articles.size();
        if (limit >= n) {
            return articles;
        }
        List<Article> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            out.add(articles.get((int) ((long) i * n / limit)));
        }
        return out;
    }

    /** The article of median length in characters: a "typical" article for single-article benchmarks. */
    public Article typical() {
        if (articles.isEmpty()) {
            throw new IllegalStateException("empty corpus has no typical article");
        }
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(java.util.Comparator.comparingInt((Article a) -> a.text().length()).thenComparing(Article::id));
        return sorted.get(sorted.size() / 2);
    }
}
