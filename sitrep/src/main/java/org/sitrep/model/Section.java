package org.sitrep.model;

import java.util.Objects;

/** A classified stretch of a document's clean text. {@code label} says why (e.g. "disclaimer", "related-headlines"). */
public record Section(SectionKind kind, Span span, String label) {
    public Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        label = label == null ? "" : label;
    }
}
