package org.sitrep.link;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Report;

/** An event as the linker sees it: its stable id and the reports it holds. */
public record EventCluster(String eventId, List<Report> reports) {
    public EventCluster {
        Objects.requireNonNull(eventId, "eventId");
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("an event cluster needs at least one report");
        }
    }
}
