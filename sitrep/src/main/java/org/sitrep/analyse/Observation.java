package org.sitrep.analyse;

import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.EvidenceItem;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One piece of evidence about a route on one day: what it signals, how much it weighs, where along the route
 * (null when not said), and why. {@code tier} ranks it: a stated status beats an inference from one, which beats a
 * violent event nearby. The reason is worded only when asked for: a road's year holds a hundred thousand
 * observations, of which a day lists ten.
 */
record Observation(LocalDate day, Signal signal, double weight, CutPoint at, EvidenceItem evidence,
                   Supplier<String> why, Tier tier) {
    Observation(LocalDate day, Signal signal, double weight, CutPoint at, EvidenceItem evidence, String reason,
                Tier tier) {
        this(day, signal, weight, at, evidence, () -> reason, tier);
    }

    String reason() {
        return why.get();
    }

    /** Equal when everything, the worded reason included, is equal (the wording, not how it is made). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Observation other && day.equals(other.day) && signal == other.signal
                && Double.compare(weight, other.weight) == 0 && Objects.equals(at, other.at)
                && Objects.equals(evidence, other.evidence) && reason().equals(other.reason()) && tier == other.tier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, signal, weight, at, evidence, reason(), tier);
    }

    @Override
    public String toString() {
        return "Observation[day=" + day + ", signal=" + signal + ", weight=" + weight + ", at=" + at + ", evidence="
                + evidence + ", reason=" + reason() + ", tier=" + tier + "]";
    }

    enum Signal { PASSABLE, IMPASSABLE, CONTESTED }

    enum Tier { STATED, INFERRED, EVENT }
}
