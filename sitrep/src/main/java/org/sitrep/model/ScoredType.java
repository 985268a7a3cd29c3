package org.sitrep.model;

import java.util.Objects;

/** An ACLED sub-event type with a score in [0, 1]; score 0 means no evidence (a prior-only choice). */
public record ScoredType(SubEventType type, double score) {
    public ScoredType {
        Objects.requireNonNull(type, "type");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }
}
