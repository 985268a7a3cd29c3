package org.sitrep.model;

import java.util.Objects;

/** A piece of a document's text: the words as written and where they stand (provenance of a value). */
public record Mention(String text, Span span) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public static Mention of(String text, int start, int end) {
        return new Mention(text, new Span(start, end));
    }

    /** Cuts the mention out of the text it points into. */
    public static Mention in(CharSequence text, Span span) {
        return new Mention(span.of(text), span);
    }
}
