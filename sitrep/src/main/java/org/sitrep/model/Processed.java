package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** What the pipeline made of one document: the (possibly re-flagged) document, its reports and its events. */
public record Processed(Document document, List<Report> reports, List<Event> events) {
    public Processed {
        Objects.requireNonNull(document, "document");
        reports = List.copyOf(reports);
        events = List.copyOf(events);
    }
}
