package org.sitrep.model;

import java.util.Objects;

/**
 * A further number a report states, with what it counts: "destroyed two tanks" is EQUIPMENT_DESTROYED 2 "tank";
 * "some 40,000 people fled" is DISPLACED 40000 "people". The quantity holds the conservative value and the
 * amount as written; {@code what} is the equipment class or the counted unit ("people", "families"), null when the
 * text names none; {@code phrase} is the whole phrase the measure was read from (verb and object), for audit.
 */
public record Measure(MeasureKind kind, Quantity quantity, String what, Mention phrase) {
    public Measure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        if (what != null && what.isBlank()) {
            throw new IllegalArgumentException("a measure's 'what' is a name or null, not blank");
        }
    }
}
