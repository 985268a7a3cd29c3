package org.sitrep.eval.link;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.Report;
import org.sitrep.link.DocumentFacts;

/**
 * One line of the labelled linking set: the report built from its gold fields, the gold event it belongs to, and
 * the document it came from (with its publication date, outlet and the document it syndicates, if any).
 */
public record StoryReport(Report report, String goldEventId, DocumentFacts document, String text) {
    public StoryReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(goldEventId, "goldEventId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }

    public LocalDate published() {
        return document.published();
    }
}
