package org.sitrep.model;

/** How many records a store holds. */
public record Counts(long documents, long reports, long events) {
}
