package org.sitrep.bench.throughput;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.sitrep.bench.corpus.Article;

/**
 * Baseline only (GPL-3.0, confined to the bench module): Stanford CoreNLP with the annotators a classic
 * event-coding front end needs, out of the box, on one thread.
 */
public final class CoreNlpSubject implements Subject {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private StanfordCoreNLP pipeline;

    @Override
    public String name() {
        return "CoreNLP " + version();
    }

    /** The CoreNLP version on the class path (jar manifest), else the version bench/pom.xml declares. */
    public static String version() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? "4.5.10" : v;
    }

    @Override
    public void load() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("threads", "1");
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public Object process(Article article) {
        if (pipeline == null) {
            throw new IllegalStateException("CoreNLP not loaded");
        }
        CoreDocument doc = new CoreDocument(article.text());
        pipeline.annotate(doc);
        return doc;
    }

    @Override
    public void close() {
        pipeline = null;
    }
}
