package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * What the pipeline made of one document: the (possibly re-flagged) document, its reports and its events (linked
 * within the document only), and the outlet the page says it republishes ({@code originalOutlet}, null when it
 * does not say so).
 */
public record Processed(Document document, List<Report> reports, List<Event> events, String originalOutlet) {
    public Processed {
        Objects.requireNonNull(document, "document");
        reports = List.copyOf(reports);
        events = List.copyOf(events);
    }

    public Processed(Document document, List<Report> reports, List<Event> events) {
        this(document, reports, events, null);
    }
}
