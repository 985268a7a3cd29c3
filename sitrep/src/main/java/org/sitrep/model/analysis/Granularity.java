package org.sitrep.model.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The width of a series bucket: a day, an ISO week (Monday to Sunday) or a calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Granularity> parse(String s) {
        for (Granularity g : values()) {
            if (g.wireName().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The first day of the bucket holding {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    /** The last day of the bucket holding {@code d}. */
    public LocalDate end(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> start(d).plusDays(6);
            case MONTH -> d.with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
