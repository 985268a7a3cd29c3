/**
 * The public front door for the pipeline: wires reference knowledge and stages into one checked
 * {@link org.sitrep.pipeline.Pipeline}. The CLI and the REST API build their work through it.
 */
package org.sitrep.engine;
