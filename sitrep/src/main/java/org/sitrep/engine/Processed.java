package org.sitrep.engine;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/** What the pipeline made of one document: the (possibly re-flagged) document, its reports and its events. */
public record Processed(Document document, List<Report> reports, List<Event> events) {
    public Processed {
        Objects.requireNonNull(document, "document");
        reports = List.copyOf(reports);
        events = List.copyOf(events);
    }
}
