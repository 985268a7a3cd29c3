package org.sitrep.model;

import java.util.Locale;
import java.util.Optional;

/** What a {@link Measure} counts, beyond the fatalities, injured and strike counts a report carries itself. */
public enum MeasureKind {
    /** Equipment destroyed or shot down ("destroyed two tanks", "shot down a helicopter"). */
    EQUIPMENT_DESTROYED,
    /** Equipment captured or seized ("seized three pickup trucks"). */
    EQUIPMENT_CAPTURED,
    /** People (or families) forced from their homes ("some 40,000 people fled"). */
    DISPLACED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this wire name ("equipment_destroyed"), if any. */
    public static Optional<MeasureKind> parse(String wire) {
        for (MeasureKind k : values()) {
            if (k.wireName().equals(wire)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
