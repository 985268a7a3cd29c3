package org.sitrep.analyse;

import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.Side;

import java.time.LocalDate;

/** One piece of evidence about who holds a place on a day: a side holds it, or there is fighting there. */
record ControlClaim(LocalDate day, Side holder, double weight, EvidenceItem evidence, String reason) {
    /** Fighting at the place, holder unknown. */
    boolean fighting() {
        return holder == null;
    }
}
