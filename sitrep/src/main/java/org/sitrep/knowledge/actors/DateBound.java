package org.sitrep.knowledge.actors;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date as the data states it: a year, a month or a day. {@code first} and {@code last} are the first and last
 * days of that period; {@code written} is the form in the data file, kept for flags and messages so a month-precise
 * fact is never reported as if it were known to the day.
 */
public record DateBound(LocalDate first, LocalDate last, String written) implements Comparable<DateBound> {
    public DateBound {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(written, "written");
    }

    /** Parses {@code 2013}, {@code 2013-04} or {@code 2013-04-08}; throws IllegalArgumentException otherwise. */
    public static DateBound parse(String s) {
        String t = s == null ? "" : s.strip();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return new DateBound(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), t);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return new DateBound(ym.atDay(1), ym.atEndOfMonth(), t);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t);
                return new DateBound(d, d, t);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a valid date: '" + s + "'", e);
        }
        throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD: '" + s + "'");
    }

    @Override
    public int compareTo(DateBound o) {
        return first.compareTo(o.first);
    }

    @Override
    public String toString() {
        return written;
    }
}
