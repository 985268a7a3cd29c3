package org.sitrep.model;

import java.util.Objects;

/**
 * A number read from text: the value used (ACLED's conservative reading) and the words it came from
 * ("about a dozen" gives 12; "3000-3500" gives 3000).
 */
public record Quantity(int value, Mention mention) {
    public Quantity {
        Objects.requireNonNull(mention, "mention");
        if (value < 0) {
            throw new IllegalArgumentException("negative quantity: " + value);
        }
    }
}
