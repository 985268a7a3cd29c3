package org.sitrep.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.knowledge.NameKey;

/**
 * {@link NameKey#tokens} over the whole typical article: the folding (ICU Latin-ASCII) and tokenising every
 * {@code PhraseLexicon.scan} does before any lookup, so scan time can be split into folding and matching.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NameKeyBench {
    private String text;

    @Setup
    public void setUp() {
        text = BenchInputs.typicalArticle().text();
    }

    @Benchmark
    public List<String> foldAndTokenize() {
        return NameKey.tokens(text);
    }
}
