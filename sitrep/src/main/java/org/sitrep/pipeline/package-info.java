/**
 * The one stage contract of the pipeline: a {@link org.sitrep.pipeline.Stage} declares the typed
 * {@link org.sitrep.pipeline.Key}s it requires and provides and maps an {@link org.sitrep.pipeline.Annotated}
 * document to a new one. {@link org.sitrep.pipeline.Pipeline} checks the chain when it is built.
 */
package org.sitrep.pipeline;
