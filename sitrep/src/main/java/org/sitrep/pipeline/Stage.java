package org.sitrep.pipeline;

import java.util.Set;

/**
 * A step of the pipeline. Stages are stateless and thread-safe: per-document working state lives in objects
 * made per call. A stage must add every key it provides and must not change its input.
 */
public interface Stage {
    String name();

    Set<Key<?>> requires();

    Set<Key<?>> provides();

    Annotated apply(Annotated in);
}
