package org.sitrep.model.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A route on one day: its status, its segments, how sure, the evidence and the reasons. A day of heavy fighting
 * along a road lists its weightiest events; {@code unlistedEvidence} counts the pieces of evidence left out.
 */
public record RouteDay(Route route, LocalDate date, RouteState status, List<Segment> segments, double confidence,
                       List<EvidenceItem> evidence, int unlistedEvidence, List<String> reasons) {
    public RouteDay {
        if (unlistedEvidence < 0) {
            throw new IllegalArgumentException("unlisted evidence cannot be negative: " + unlistedEvidence);
        }
        segments = List.copyOf(segments);
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
    }
}
