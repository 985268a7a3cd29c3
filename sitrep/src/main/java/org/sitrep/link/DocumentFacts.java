package org.sitrep.link;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What linking and grading need to know of a document: its outlet and publication date, and whether it copies
 * another: {@code originalOutlet} when the page says it republishes (ingest), {@code duplicateOf} the id of an
 * earlier document with near-identical text (fingerprints). Unknown values are null.
 */
public record DocumentFacts(String documentId, String outlet, LocalDate published, String originalOutlet,
                            String duplicateOf) {
    public DocumentFacts {
        Objects.requireNonNull(documentId, "documentId");
    }
}
