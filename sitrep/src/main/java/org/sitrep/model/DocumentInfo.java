package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The metadata of a document that travels with its reports and is kept by the store: everything except the
 * text itself. Unknown values are null, as in {@link Document}.
 */
public record DocumentInfo(String id, String path, String title, String outlet, String author, LocalDate published,
                           Mention publishedSource, String mediaType, String encoding, List<String> flags) {
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        flags = List.copyOf(flags == null ? List.of() : flags);
        if (published == null && publishedSource != null) {
            throw new IllegalArgumentException("a publication-date source without a date");
        }
    }

    public static DocumentInfo of(Document d) {
        return new DocumentInfo(d.id(), d.path(), d.title(), d.outlet(), d.author(), d.published(),
                d.publishedSource(), d.mediaType(), d.encoding(), d.flags());
    }
}
