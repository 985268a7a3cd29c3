package org.sitrep.model;

import java.util.Objects;

/** The sentence or table row a report comes from: its text and clean-text offsets in its document. */
public record Evidence(String documentId, String text, Span span) {
    public Evidence {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
