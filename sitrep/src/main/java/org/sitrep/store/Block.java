package org.sitrep.store;

import java.time.LocalDate;

/**
 * Where to look for events a report may belong to: reports dated inside [from, to] (when dated) and placed inside
 * the box or unplaced (when a box is given). At most {@code limit} events.
 */
public record Block(LocalDate from, LocalDate to, Box box, int limit) {
    public Block {
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("a block's window has both ends or none");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** A latitude/longitude box. */
    public record Box(double minLat, double maxLat, double minLon, double maxLon) {
    }
}
