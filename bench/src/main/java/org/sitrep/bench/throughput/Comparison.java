package org.sitrep.bench.throughput;

/** sitrep and CoreNLP on the same article subset: {@code articles} of a corpus of {@code corpusSize}. */
public record Comparison(int articles, int corpusSize, int warmupArticles, int passes, SubjectResult sitrep,
        SubjectResult corenlp) {
}
