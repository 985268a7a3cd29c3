package org.sitrep.bench.jmh;

import java.nio.charset.StandardCharsets;
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
import org.sitrep.bench.corpus.Article;
import org.sitrep.engine.Engine;
import org.sitrep.model.Processed;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.model.Document;

/** {@link Engine#process} on one typical article (the document is read once, outside the timing). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineProcessBench {
    private Engine engine;
    private Document document;

    @Setup
    public void setUp() throws IngestException {
        Article a = BenchInputs.typicalArticle();
        engine = Engine.standard();
        document = new DocumentReader().read(a.id(), a.text().getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public Processed process() {
        return engine.process(document);
    }
}
