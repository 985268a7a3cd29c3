/**
 * The domain model at the bottom of the pipeline: immutable records shared by every stage.
 * Nothing here depends on any other sitrep package.
 */
package org.sitrep.model;
