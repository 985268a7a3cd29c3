package org.sitrep.knowledge.actors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
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
        // read by hand: three regular expressions compiled per date and java.time's parsers were most of the
        // actor data's load on a cold start
        boolean shape = t.length() == 4 && digits(t, 0, 4)
                || t.length() == 7 && digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7)
                || t.length() == 10 && digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7) && t.charAt(7) == '-'
                && digits(t, 8, 10);
        if (!shape) {
            throw new IllegalArgumentException("date must be YYYY, YYYY-MM or YYYY-MM-DD: '" + s + "'");
        }
        int y = Integer.parseInt(t.substring(0, 4));
        try {
            if (t.length() == 4) {
                return new DateBound(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), t);
            }
            int m = Integer.parseInt(t.substring(5, 7));
            if (t.length() == 7) {
                YearMonth ym = YearMonth.of(y, m);
                return new DateBound(ym.atDay(1), ym.atEndOfMonth(), t);
            }
            LocalDate d = LocalDate.of(y, m, Integer.parseInt(t.substring(8, 10)));
            return new DateBound(d, d, t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid date: '" + s + "'", e);
        }
    }

    /** Whether {@code t[from, to)} is ASCII digits only. */
    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
