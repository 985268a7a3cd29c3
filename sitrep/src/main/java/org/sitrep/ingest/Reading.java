package org.sitrep.ingest;

import java.util.Optional;
import org.sitrep.model.Document;

/** A document as read, with what the page says about its original when it is a repost. */
public record Reading(Document document, Optional<Republication> republication) {
    public Reading {
        java.util.Objects.requireNonNull(document, "document");
        republication = republication == null ? Optional.empty() : republication;
    }
}
