package org.sitrep.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A calendar period: a grain and the first day of the period. Gives the TIMEX3 value, the inclusive last day,
 * and shifts by calendar units. Immutable.
 */
public record Period(Granularity granularity, LocalDate start) {

    public Period {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        start = align(granularity, start);
    }

    /** The period of a grain that contains a day. */
    public static Period containing(Granularity g, LocalDate day) {
        return new Period(g, day);
    }

    public static Period day(LocalDate d) {
        return new Period(Granularity.DAY, d);
    }

    private static LocalDate align(Granularity g, LocalDate d) {
        return switch (g) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.MONDAY);
            case WEEKEND -> d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(1) : d.with(DayOfWeek.SATURDAY);
            case MONTH -> d.withDayOfMonth(1);
            case SEASON -> seasonStart(d);
            case QUARTER -> LocalDate.of(d.getYear(), (d.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case HALF -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
            case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
            case CENTURY -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
        };
    }

    /** Meteorological seasons: winter of year Y runs from December Y to February Y+1. */
    private static LocalDate seasonStart(LocalDate d) {
        int m = d.getMonthValue();
        if (m == 12) {
            return LocalDate.of(d.getYear(), 12, 1);
        }
        if (m <= 2) {
            return LocalDate.of(d.getYear() - 1, 12, 1);
        }
        return LocalDate.of(d.getYear(), ((m - 3) / 3) * 3 + 3, 1);
    }

    /** The inclusive last day of the period. */
    public LocalDate end() {
        return switch (granularity) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case WEEKEND -> start.plusDays(1);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case SEASON, QUARTER -> start.plusMonths(3).minusDays(1);
            case HALF -> start.plusMonths(6).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
            case DECADE -> start.plusYears(10).minusDays(1);
            case CENTURY -> start.plusYears(100).minusDays(1);
        };
    }

    /** The TIMEX3 value, e.g. 2015-10-24, 2015-W44, 2015-W44-WE, 2015-10, 2015-SU, 2015-Q4, 2015-H2, 2015, 201. */
    public String value() {
        int y = start.getYear();
        return switch (granularity) {
            case DAY -> start.toString();
            case WEEK, WEEKEND -> {
                int wy = start.get(IsoFields.WEEK_BASED_YEAR);
                int w = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                String v = String.format("%04d-W%02d", wy, w);
                yield granularity == Granularity.WEEKEND ? v + "-WE" : v;
            }
            case MONTH -> String.format("%04d-%02d", y, start.getMonthValue());
            case SEASON -> String.format("%04d-%s", y, switch (start.getMonthValue()) {
                case 3 -> "SP";
                case 6 -> "SU";
                case 9 -> "FA";
                default -> "WI";
            });
            case QUARTER -> String.format("%04d-Q%d", y, start.get(IsoFields.QUARTER_OF_YEAR));
            case HALF -> String.format("%04d-H%d", y, start.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.format("%04d", y);
            case DECADE -> String.format("%03d", Math.floorDiv(y, 10));
            case CENTURY -> String.format("%02d", Math.floorDiv(y, 100));
        };
    }

    /** The period n grain-steps away (negative: earlier), e.g. last week = this week shifted by -1. */
    public Period plus(long n) {
        return new Period(granularity, switch (granularity) {
            case DAY -> start.plusDays(n);
            case WEEK, WEEKEND -> start.plusWeeks(n);
            case MONTH -> start.plusMonths(n);
            case SEASON, QUARTER -> start.plusMonths(3 * n);
            case HALF -> start.plusMonths(6 * n);
            case YEAR -> start.plusYears(n);
            case DECADE -> start.plusYears(10 * n);
            case CENTURY -> start.plusYears(100 * n);
        });
    }

    /** The same grain, moved by n calendar units given as a TIMEX3 unit letter (D, W, M, Q, Y, E, C, F). */
    public Period shiftedBy(long n, String unit) {
        LocalDate d = switch (unit) {
            case "D" -> start.plusDays(n);
            case "W" -> start.plusWeeks(n);
            case "F" -> start.plusWeeks(2 * n);
            case "M" -> start.plusMonths(n);
            case "Q" -> start.plusMonths(3 * n);
            case "Y" -> start.plusYears(n);
            case "E" -> start.plusYears(10 * n);
            case "C" -> start.plusYears(100 * n);
            default -> throw new IllegalArgumentException("not a calendar unit: " + unit);
        };
        return new Period(granularity, d);
    }

    /** The grain a unit letter names when used alone ("last week" is a week). */
    public static Granularity grainOf(String unit) {
        return switch (unit) {
            case "D" -> Granularity.DAY;
            case "W", "F" -> Granularity.WEEK;
            case "M" -> Granularity.MONTH;
            case "Q" -> Granularity.QUARTER;
            case "Y" -> Granularity.YEAR;
            case "E" -> Granularity.DECADE;
            case "C" -> Granularity.CENTURY;
            default -> throw new IllegalArgumentException("no calendar grain for unit " + unit);
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end()) + 1;
    }
}
