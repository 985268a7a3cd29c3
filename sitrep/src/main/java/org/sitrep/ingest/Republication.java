package org.sitrep.ingest;

import java.time.LocalDate;
import org.sitrep.model.Mention;

/**
 * What a reposted article says about its original: the original outlet (e.g. from "The original source of this
 * article is X") and the original date with the clean-text span it was read from. Any field may be null when the
 * page does not say; the page's own date stays {@code Document.published}.
 */
public record Republication(String originalOutlet, LocalDate originalPublished, Mention originalPublishedSource) {
    public Republication {
        if (originalPublished == null && originalPublishedSource != null) {
            throw new IllegalArgumentException("an original-date source without a date");
        }
    }
}
