package org.sitrep.link;

import org.sitrep.model.DatePrecision;

/**
 * Whether two dated reports can be one happening: their intervals, each widened by the slack of its precision
 * (and by a day for relative day dates), must overlap. Agreement counts for less the coarser the dates.
 */
final class TimeCompatibility {
    private final LinkSettings settings;

    public TimeCompatibility(LinkSettings settings) {
        this.settings = settings;
    }

    /** Time agreement in [0, 1], or -1 when the widened intervals do not overlap. Both must be dated. */
    public double score(LinkFeatures a, LinkFeatures b) {
        if (a.lastDay() < b.firstDay() || b.lastDay() < a.firstDay()) {
            return -1;
        }
        DatePrecision coarser = a.datePrecision().compareTo(b.datePrecision()) >= 0 ? a.datePrecision()
                : b.datePrecision();
        return settings.strength(coarser);
    }
}
