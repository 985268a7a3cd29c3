package org.sitrep.model.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * Who held a place from {@code from} to {@code to} (both included): the state, the holder when held, the
 * confidence on the interval's first day, the evidence and the reasons.
 */
public record ControlInterval(PlaceRef place, LocalDate from, LocalDate to, ControlState status, Side holder,
                              double confidence, List<EvidenceItem> evidence, List<String> reasons) {
    public ControlInterval {
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
    }
}
