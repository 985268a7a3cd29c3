package org.sitrep.bench.classify;

import java.util.Objects;

/** One labelled snippet: id, gold label (a sub-event type label or NONE) and the text. */
public record LabelledSnippet(String id, String label, String text) {
    public LabelledSnippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
