package org.sitrep.model;

import java.util.Locale;

/** How finely a date is known. Maps onto ACLED's time_precision (1 day, 2 week, 3 month or coarser). */
public enum DatePrecision {
    DAY(1), WEEK(2), MONTH(3), YEAR(3);

    private final int acled;

    DatePrecision(int acled) {
        this.acled = acled;
    }

    public int acledTimePrecision() {
        return acled;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
