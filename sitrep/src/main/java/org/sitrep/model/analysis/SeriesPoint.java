package org.sitrep.model.analysis;

import java.time.LocalDate;

/**
 * One bucket of a series. {@code events} counts the stored events placed in it (zeros are data). {@code counted}
 * is what count observations say of its days (null when none covers any of them). {@code value} is what the series
 * analyses: the events, or with count observations the counts of the days they cover (null when none does: a gap,
 * not a zero). {@code days} is the bucket's length within the asked span, {@code observedDays} how many of them
 * {@code value} speaks for; rates are per observed day.
 */
public record SeriesPoint(LocalDate from, LocalDate to, int events, Integer counted, Integer value, int days,
                          int observedDays) {
    public SeriesPoint {
        if (to.isBefore(from) || days < 1 || observedDays < 0 || observedDays > days) {
            throw new IllegalArgumentException("a bucket from " + from + " to " + to + " of " + days + " days, "
                    + observedDays + " observed");
        }
        if ((value == null) != (observedDays == 0)) {
            throw new IllegalArgumentException("a bucket has a value exactly when some of its days are observed");
        }
    }

    /** Events or counts per observed day; null for a gap. */
    public Double rate() {
        return value == null ? null : value / (double) observedDays;
    }
}
