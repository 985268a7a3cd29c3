package org.sitrep.bench.corpus;

import java.util.Objects;

/** One benchmark article: where it came from ({@code file#n}) and its plain text. */
public record Article(String id, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
