package org.sitrep.bench.throughput;

import org.sitrep.bench.corpus.Article;

/** A system under measurement: loads its models once, then processes one article at a time on the calling thread. */
public interface Subject extends AutoCloseable {
    String name();

    /** Builds the pipeline (reference data, models). Timed as "load". */
    void load() throws Exception;

    /** Processes one article; returns the result so the work cannot be optimised away. */
    Object process(Article article) throws Exception;

    /** Drops the pipeline so the heap it held can be measured by difference. */
    @Override
    void close();
}
