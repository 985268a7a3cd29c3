package org.sitrep.resolve.time;

import org.sitrep.model.DatePrecision;

/** The calendar grain of a resolved time expression, finest first. */
public enum Granularity {
    DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    /** The report-level precision: anything coarser than a month counts as year precision (ACLED 3). */
    public DatePrecision precision() {
        return switch (this) {
            case DAY -> DatePrecision.DAY;
            case WEEKEND, WEEK -> DatePrecision.WEEK;
            case MONTH -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
    }
}
