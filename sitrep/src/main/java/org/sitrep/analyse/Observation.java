package org.sitrep.analyse;

import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.EvidenceItem;

import java.time.LocalDate;

/**
 * One piece of evidence about a route on one day: what it signals, how much it weighs, where along the route
 * (null when not said), and why. {@code tier} ranks it: a stated status beats an inference from one, which beats a
 * violent event nearby.
 */
record Observation(LocalDate day, Signal signal, double weight, CutPoint at, EvidenceItem evidence, String reason,
                   Tier tier) {
    enum Signal { PASSABLE, IMPASSABLE, CONTESTED }

    enum Tier { STATED, INFERRED, EVENT }
}
