package org.sitrep.bench.throughput;

import java.nio.charset.StandardCharsets;
import org.sitrep.bench.corpus.Article;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.model.Document;

/** sitrep end to end: UTF-8 bytes -> {@link DocumentReader#read(String, byte[])} -> {@link Engine#process}. */
public final class SitrepSubject implements Subject {
    private Engine engine;
    private DocumentReader reader;

    @Override
    public String name() {
        return "sitrep";
    }

    @Override
    public void load() {
        engine = Engine.standard();
        reader = new DocumentReader();
    }

    @Override
    public Object process(Article article) throws IngestException {
        if (engine == null) {
            throw new IllegalStateException("sitrep engine not loaded");
        }
        Document doc = reader.read(article.id(), article.text().getBytes(StandardCharsets.UTF_8));
        return engine.process(doc);
    }

    @Override
    public void close() {
        engine = null;
        reader = null;
    }
}
