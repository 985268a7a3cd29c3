package org.sitrep.model.analysis;

import java.time.LocalDate;
import java.util.List;

/** A route on one day: its status, its segments, how sure, the evidence and the reasons. */
public record RouteDay(Route route, LocalDate date, RouteState status, List<Segment> segments, double confidence,
                       List<EvidenceItem> evidence, List<String> reasons) {
    public RouteDay {
        segments = List.copyOf(segments);
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
    }
}
