package org.sitrep.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.bench.corpus.BenchCorpus;
import org.sitrep.knowledge.NameHit;
import org.sitrep.knowledge.PhraseLexicon;

/**
 * {@link PhraseLexicon#scan(String)} over one typical article, new to the lexicons and scanned again. The lexicon holds the corpora's gold place names
 * (so there are real hits) topped up with synthetic names to {@code lexiconSize} entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PhraseLexiconScanBench {

    @Param({"5000", "100000"})
    public int lexiconSize;

    private PhraseLexicon lexicon;
    private String text;

    @Setup
    public void setUp() throws IOException {
        text = BenchInputs.typicalArticle().text();
        Set<String> names = new LinkedHashSet<>();
        Path geo = BenchCorpus.geoDir(BenchInputs.shared());
        for (String f : BenchCorpus.FILES) {
            Path p = geo.resolve(f);
            if (Files.isRegularFile(p)) {
                names.addAll(ToponymNames.read(p));
            }
        }
        List<String> all = new ArrayList<>(names);
        if (all.size() < lexiconSize) {
            all.addAll(SyntheticNames.generate(lexiconSize - all.size(), 42));
        }
        PhraseLexicon.Builder b = PhraseLexicon.builder();
        for (int i = 0; i < Math.min(lexiconSize, all.size()); i++) {
            b.add(all.get(i), "e" + i);
        }
        lexicon = b.build();
        System.out.println("[bench] lexicon: " + lexicon.size() + " entries (" + Math.min(names.size(), lexiconSize)
                + " corpus place names), " + lexicon.scan(text).size() + " hits in the article");
    }

    /** A text not scanned before: tokenised, then looked up (a new string object: no tokens are reused). */
    @Benchmark
    public List<NameHit> scan() {
        return lexicon.scan(new String(text));
    }

    /** The same text again, as the second and later lexicons scanning a document see it: its tokens are reused. */
    @Benchmark
    public List<NameHit> scanAgain() {
        return lexicon.scan(text);
    }
}
