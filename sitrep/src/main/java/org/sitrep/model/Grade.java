package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * NATO/Admiralty grading of an event: source reliability A–F (F: cannot be judged) and information credibility
 * 1–6 (6: cannot be judged), judged separately, plus the Airwars grade for civilian-harm events (null otherwise).
 * {@code reasons} says in words why each grade was given.
 */
public record Grade(char reliability, int credibility, AirwarsGrade airwars, List<String> reasons) {
    public Grade {
        if (reliability < 'A' || reliability > 'F') {
            throw new IllegalArgumentException("source reliability is a letter A–F, not " + reliability);
        }
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("information credibility is 1–6, not " + credibility);
        }
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
    }

    /** The code analysts write, e.g. "B2". */
    public String code() {
        return "" + reliability + credibility;
    }

    /** Nothing is known yet: F6. */
    public static Grade unjudged(String reason) {
        return new Grade('F', 6, null, List.of(Objects.requireNonNull(reason, "reason")));
    }
}
