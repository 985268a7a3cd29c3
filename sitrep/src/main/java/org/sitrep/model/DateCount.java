package org.sitrep.model;

import java.time.LocalDate;

/**
 * How many records are dated from {@code start} to {@code end} (both null: undated), as a store counts them for a
 * series ({@code Store#eventDates}).
 */
public record DateCount(LocalDate start, LocalDate end, long count) {
    public DateCount {
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("a date span has both ends or neither: " + start + ".." + end);
        }
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative: " + count);
        }
    }

    public boolean dated() {
        return start != null;
    }
}
