package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * What the pipeline made of one document: the (possibly re-flagged) document, its reports (not yet linked into
 * events: that is record keeping's job, done once when the document is recorded), and the outlet the page says it
 * republishes ({@code originalOutlet}, null when it does not say so).
 */
public record Processed(Document document, List<Report> reports, String originalOutlet) {
    public Processed {
        Objects.requireNonNull(document, "document");
        reports = List.copyOf(reports);
    }

    public Processed(Document document, List<Report> reports) {
        this(document, reports, null);
    }
}
