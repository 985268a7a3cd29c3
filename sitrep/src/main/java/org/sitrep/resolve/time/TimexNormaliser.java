package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.Resolved.date;
import static org.sitrep.resolve.time.Resolved.unanchored;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns parses into TIMEX3 values for one text, walking it in order. Deictic expressions ("yesterday",
 * "last week", "on Tuesday") are anchored to the document creation time; anaphoric ones ("the next day",
 * "on the 25th", "two days later") to the narrative focus, which every resolved date moves. One instance per
 * text: it holds the focus, so it is not shared between threads.
 */
final class TimexNormaliser {
    private final String text;
    private final LocalDate dct;
    private Period focus;
    private boolean focusFromText;

    private final Anchoring anchoring;
    private final CalendarValues calendar;

    TimexNormaliser(String text, LocalDate dct, Anchoring anchoring) {
        this.text = text;
        this.dct = dct;
        this.anchoring = anchoring;
        this.calendar = new CalendarValues(dct, anchoring.window());
        this.focus = dct == null ? null : Period.day(dct);
    }

    /** The narrative focus before the next expression (null when nothing anchors the text yet). */
    Period focus() {
        return focus;
    }

    TimeExpression resolve(Parse p) {
        Resolved r = switch (p.kind()) {
            case CALENDAR -> "W".equals(p.unit()) ? CalendarValues.weekOf(calendar.calendar(p, yearAnchor()))
                    : CalendarValues.closing(p, calendar.calendar(p, yearAnchor()));
            case NUMERIC -> calendar.numeric(p);
            case DECADE -> date(new Period(Granularity.DECADE, LocalDate.of(p.n() * 10, 1, 1)), true);
            case CENTURY -> date(new Period(Granularity.CENTURY, LocalDate.of(p.n() * 100, 1, 1)), true);
            case WEEKDAY -> weekday(p);
            case DAY_REL -> dayRel(p);
            case REF -> ref(p);
            case UNIT_REL -> unitRel(p);
            case ANAPHOR -> anaphor(p);
            case AGO -> ago(p);
            case SHIFT -> shift(p);
            case ORDINAL_DAY -> ordinalDay(p);
            case HOLIDAY -> calendar.holiday(p, yearAnchor());
            case QUARTER -> calendar.partOfYear(p, Granularity.QUARTER, (p.n() - 1) * 3 + 1, yearAnchor());
            case HALF -> calendar.partOfYear(p, Granularity.HALF, (p.n() - 1) * 6 + 1, yearAnchor());
            case SEASON -> calendar.season(p);
            case DURATION -> duration(p);
            case SET -> set(p);
            case CLOCK -> clock(p);
        };
        if (r.period != null && r.movesFocus && !anchoring.isInert(p.start(), p.end())) {
            focus = r.period;
            focusFromText = true;
        }
        LocalDate s = r.start != null ? r.start : r.period == null ? null : r.period.start();
        LocalDate e = r.end != null ? r.end : r.period == null ? null : r.period.end();
        var precision = r.precision != null ? r.precision : r.period == null ? null
                : r.period.granularity().precision();
        List<String> flags = new ArrayList<>(r.flags);
        if (p.future()) {
            flags.add(TimeExpression.FUTURE);
        }
        if (s == null && r.type != TimexType.DURATION && r.type != TimexType.SET && !r.value.endsWith("_REF")) {
            flags.add(TimeExpression.UNANCHORED);
        }
        return new TimeExpression(new org.sitrep.model.Span(p.start(), p.end()), text.substring(p.start(), p.end()),
                r.type, r.value, r.alt, flags, s, e, s == null ? null : precision, r.explicit);
    }

    /**
     * Year-less dates lean on the document date (news names dates near its own); only an undated text falls back
     * on the narrative. Measured on TimeBank, letting an earlier full date in the text choose the year did harm.
     */
    private LocalDate yearAnchor() {
        return dct != null ? dct : focus == null ? null : focus.start();
    }

    // ---- relative to the document date ----

    private Resolved weekday(Parse p) {
        if (Math.abs(p.offset()) == 2) {
            return weekdayFromFocus(p);
        }
        LocalDate anchor = dct;
        if (dct == null && !anchoring.weekdaysFromNarrative()) {
            // only a wide publication window to go on: which Sunday is not known
            Resolved r = unanchored("XXXX-WXX-" + p.weekday());
            r.flags.add(TimeExpression.WEEKDAY_UNANCHORED);
            return r;
        }
        if (dct == null && focus != null && focus.granularity() == Granularity.DAY) {
            // an undated text: "On Tuesday" follows the day in focus
            anchor = focus.start();
            DayOfWeek wd = DayOfWeek.of(p.weekday());
            LocalDate d = p.offset() < 0 ? anchor.with(TemporalAdjusters.previous(wd))
                    : anchor.with(TemporalAdjusters.nextOrSame(wd));
            Resolved r = withPartOfDay(date(Period.day(d), false), p.extra());
            r.flags.add(TimeExpression.FROM_NARRATIVE);
            return r;
        }
        if (anchor == null) {
            return unanchored("XXXX-WXX-" + p.weekday());
        }
        DayOfWeek wd = DayOfWeek.of(p.weekday());
        LocalDate d;
        if (p.offset() < 0) {
            d = anchor.with(TemporalAdjusters.previous(wd));
        } else if (p.offset() > 0 || p.future()) {
            d = p.offset() > 0 ? anchor.with(TemporalAdjusters.next(wd)) : anchor.with(TemporalAdjusters.nextOrSame(wd));
        } else {
            d = anchor.with(TemporalAdjusters.previousOrSame(wd));
        }
        return withPartOfDay(date(Period.day(d), false), p.extra());
    }

    /** "the previous Friday", "the following Monday": the weekday before (after) the day in focus. */
    private Resolved weekdayFromFocus(Parse p) {
        if (focus == null || focus.granularity().compareTo(Granularity.WEEK) > 0) {
            return unanchored("XXXX-WXX-" + p.weekday());
        }
        DayOfWeek wd = DayOfWeek.of(p.weekday());
        LocalDate d = p.offset() < 0 ? focus.start().with(TemporalAdjusters.previous(wd))
                : focus.end().with(TemporalAdjusters.next(wd));
        Resolved r = withPartOfDay(date(Period.day(d), false), p.extra());
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        return r;
    }

    /**
     * "Friday night" stays a DATE with the day as its value (how TimeBank annotates most of them, and the day is
     * what places an event); the part-of-day reading is kept as an alternative value.
     */
    private static Resolved withPartOfDay(Resolved r, String pod) {
        if (pod != null) {
            r.alt.add(r.value + "T" + pod);
        }
        return r;
    }

    private Resolved dayRel(Parse p) {
        if (dct == null) {
            return unanchored("XXXX-XX-XX");
        }
        Resolved r = date(Period.day(dct.plusDays(p.n())), false);
        if (p.extra() != null) {
            r.value = r.value + "T" + p.extra();
            r.type = TimexType.TIME;
        }
        return r;
    }

    private Resolved ref(Parse p) {
        Resolved r = unanchored(p.extra());
        if (dct != null && p.unit() != null) {
            // "in recent days" / "in recent weeks": a window closing at the document date
            r.start = dct.minusDays(p.unit().equals("D") ? 6 : 27);
            r.end = dct;
            r.precision = p.unit().equals("D") ? org.sitrep.model.DatePrecision.WEEK
                    : org.sitrep.model.DatePrecision.MONTH;
        }
        r.movesFocus = false;
        return r;
    }

    private Resolved unitRel(Parse p) {
        if (dct == null) {
            return unanchored("XXXX");
        }
        if ("WE".equals(p.unit())) {
            Period we = Period.containing(Granularity.WEEKEND, dct);
            if (p.offset() == 0 && !p.future() && we.start().isAfter(dct)) {
                we = we.plus(-1);
            }
            return date(p.offset() == 0 ? we : Period.containing(Granularity.WEEKEND, dct).plus(p.offset()), false);
        }
        if (p.unit() == null) {
            return date(Period.containing(Granularity.YEAR, dct), false);
        }
        Granularity g = Period.grainOf(p.unit());
        if (g == Granularity.QUARTER && "this".equals(p.extra()) && !p.future() && focusFromText && focus != null
                && focus.granularity() == Granularity.QUARTER
                && focus.equals(Period.containing(Granularity.QUARTER, dct).plus(-1))) {
            // results talk: "this quarter's loss" after "the third quarter ended Sept. 30" is the quarter just
            // reported on, not the one under way when the text appears
            Resolved r = date(focus, false);
            r.alt.add(Period.containing(g, dct).value());
            return r;
        }
        Period period = Period.containing(g, dct).plus(p.offset());
        Resolved r = date(period, false);
        if (p.offset() == 0) {
            // "earlier this week", or "this month" in a past-tense clause: the part of the current period up to
            // the document date, never the days after it; "later this week" or future talk: from it on. The value
            // stays the period (TimeML's convention); the interval says which side of the document date is meant.
            boolean before = "earlier".equals(p.extra()) || p.past() && !"later".equals(p.extra());
            boolean after = !before && ("later".equals(p.extra()) || p.future());
            if (before && dct.isBefore(period.end())) {
                r.start = period.start();
                r.end = dct;
            } else if (after && dct.isAfter(period.start())) {
                r.start = dct;
                r.end = period.end();
            }
        }
        return r;
    }

    private Resolved ago(Parse p) {
        if (dct == null) {
            return unanchored("XXXX");
        }
        if (focusFromText && focus != null && p.unit().equals("Y")
                && (focus.granularity() == Granularity.QUARTER || focus.granularity() == Granularity.HALF)) {
            // results talk: "a year ago" is the quarter in focus, a year back
            Resolved r = date(focus.shiftedBy((long) p.offset() * p.n(), "Y"), false);
            r.alt.add(durationValue(p.n(), p.unit()));
            r.movesFocus = false;
            return r;
        }
        Granularity g = Period.grainOf(p.unit());
        LocalDate d = Period.day(dct).shiftedBy((long) p.offset() * p.n(), p.unit()).start();
        Resolved r = date(Period.containing(g, d), false);
        r.alt.add(durationValue(p.n(), p.unit()));
        // "a year ago" is a point of comparison, not a new scene: a following "a year earlier" compares with the
        // same past, it does not step back again
        r.movesFocus = g.compareTo(Granularity.YEAR) < 0;
        return r;
    }

    // ---- relative to the narrative focus ----

    private Resolved anaphor(Parse p) {
        if ("Q".equals(p.unit()) && p.year() != null) {
            return reportingPeriodIn(p);
        }
        if ("Q".equals(p.unit()) && p.month() != null && dct != null) {
            return quarterEnding(p.month(), p.day());
        }
        if ("Q".equals(p.unit()) && p.offset() == 0 && dct != null && (focus == null
                || focus.granularity() != Granularity.QUARTER)) {
            // "the quarter" with no quarter named yet: the last one completed, the one being reported on
            Resolved r = date(lastCompletedQuarter(), false);
            r.flags.add(TimeExpression.FROM_NARRATIVE);
            return r;
        }
        if (focus == null) {
            return unanchored("XXXX");
        }
        Granularity g = "WE".equals(p.unit()) ? Granularity.WEEKEND : Period.grainOf(p.unit());
        if (focus.granularity().compareTo(g) > 0 && !(g == Granularity.WEEKEND
                && focus.granularity() == Granularity.WEEK)) {
            // "the next day" after "in October": the day is not known
            return unanchored("XXXX");
        }
        Period base = Period.containing(g, focus.start());
        Resolved r = date(base.plus(p.offset()), false);
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        return r;
    }

    /**
     * "the 1988 period", "the 1988 quarter": the quarter (or half) in focus moved to the year written; with no such
     * focus, a "quarter" is the last completed one in that year and a "period" the year itself.
     */
    private Resolved reportingPeriodIn(Parse p) {
        Period base = focusFromText && focus != null && (focus.granularity() == Granularity.QUARTER
                || focus.granularity() == Granularity.HALF) ? focus
                : "quarter".equals(p.extra()) && dct != null ? lastCompletedQuarter() : null;
        if (base == null) {
            return date(new Period(Granularity.YEAR, LocalDate.of(p.year(), 1, 1)), true);
        }
        Resolved r = date(base.shiftedBy(p.year() - base.start().getYear(), "Y"), true);
        r.movesFocus = false;
        return r;
    }

    /**
     * "the quarter ended July 31": the calendar quarter whose last day is nearest the closing day given (a fiscal
     * quarter may close a month off the calendar), the closing day taken as the last such day on or before the DCT,
     * results being reported after the period closes.
     */
    private Resolved quarterEnding(int month, int day) {
        LocalDate close = null;
        for (int y = dct.getYear(); y >= dct.getYear() - 1 && close == null; y--) {
            if (day <= YearMonth.of(y, month).lengthOfMonth() && !LocalDate.of(y, month, day).isAfter(dct)) {
                close = LocalDate.of(y, month, day);
            }
        }
        if (close == null) {
            return unanchored("XXXX-QX");
        }
        Period best = null;
        long bestGap = Long.MAX_VALUE;
        for (Period q = Period.containing(Granularity.QUARTER, close).plus(-1), last = q.plus(2); !q.start().isAfter(
                last.start()); q = q.plus(1)) {
            long gap = Math.abs(ChronoUnit.DAYS.between(q.end(), close));
            if (gap < bestGap) {
                best = q;
                bestGap = gap;
            }
        }
        return date(best, false);
    }

    private Period lastCompletedQuarter() {
        return Period.containing(Granularity.QUARTER, dct).plus(-1);
    }

    private Resolved shift(Parse p) {
        if (p.extra() != null && dct != null) {
            // "the year-ago quarter", "year-earlier" results: the reporting period a year back. The period is the
            // quarter (or half) in focus, else, for an explicit "quarter", the last one completed; else the year.
            boolean partOfYear = focusFromText && focus != null && (focus.granularity() == Granularity.QUARTER
                    || focus.granularity() == Granularity.HALF);
            Period base = partOfYear ? focus : p.extra().equals("quarter") ? lastCompletedQuarter()
                    : Period.containing(Granularity.YEAR, dct);
            Resolved r = date(base.shiftedBy(-1, "Y"), false);
            r.movesFocus = false;
            return r;
        }
        if (focus == null) {
            return unanchored("XXXX");
        }
        Resolved r = date(focus.shiftedBy((long) p.offset() * p.n(), p.unit()), false);
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        if (p.offset() < 0 && "Y".equals(p.unit()) && focusFromText && (focus.granularity() == Granularity.QUARTER
                || focus.granularity() == Granularity.HALF)) {
            // results talk: "up from $2 million a year earlier" compares the quarter in focus with the one a year
            // before; the report stays on its quarter, so a second "a year earlier" does not step back again
            r.movesFocus = false;
        }
        return r;
    }

    private Resolved ordinalDay(Parse p) {
        int d = p.day();
        if (focus == null || focus.granularity().compareTo(Granularity.MONTH) > 0) {
            return unanchored(String.format("XXXX-XX-%02d", d));
        }
        YearMonth ym = YearMonth.from(focus.start());
        if (!focusFromText && dct != null) {
            // only the document date to go on: the nearest such day on or before it (after it in future talk)
            LocalDate same = d <= ym.lengthOfMonth() ? ym.atDay(d) : null;
            if (same == null || !p.future() && same.isAfter(dct)) {
                ym = ym.minusMonths(1);
            } else if (p.future() && same.isBefore(dct)) {
                ym = ym.plusMonths(1);
            }
        }
        if (d > ym.lengthOfMonth()) {
            return unanchored(String.format("XXXX-XX-%02d", d));
        }
        Resolved r = date(Period.day(ym.atDay(d)), false);
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        return r;
    }

    // ---- durations, sets, clock times ----

    static String durationValue(Integer n, String unit) {
        String q = n == null ? "X" : null;
        return switch (unit) {
            case "H" -> "PT" + (q != null ? q : n) + "H";
            case "MIN" -> "PT" + (q != null ? q : n) + "M";
            case "E" -> "P" + (q != null ? q + "E" : (n * 10) + "Y");
            case "C" -> "P" + (q != null ? q + "C" : (n * 100) + "Y");
            case "F" -> "P" + (q != null ? q : 2 * n) + "W";
            default -> "P" + (q != null ? q : n) + unit;
        };
    }

    private Resolved duration(Parse p) {
        Resolved r = unanchored(durationValue(p.n(), p.unit()));
        r.type = TimexType.DURATION;
        r.movesFocus = false;
        if (p.offset() < 0 && p.n() != null && dct != null && !p.unit().equals("H") && !p.unit().equals("MIN")) {
            // "the past two weeks": the stretch that ends at the document date
            LocalDate from = Period.day(dct).shiftedBy(-p.n(), p.unit()).start().plusDays(1);
            r.start = from;
            r.end = dct;
            long days = ChronoUnit.DAYS.between(from, dct) + 1;
            r.precision = days <= 1 ? org.sitrep.model.DatePrecision.DAY : days <= 14
                    ? org.sitrep.model.DatePrecision.WEEK : days <= 62 ? org.sitrep.model.DatePrecision.MONTH
                    : org.sitrep.model.DatePrecision.YEAR;
        }
        return r;
    }

    private Resolved set(Parse p) {
        Resolved r = unanchored(p.weekday() != null ? "XXXX-WXX-" + p.weekday() : "P1" + p.unit());
        r.type = TimexType.SET;
        r.movesFocus = false;
        return r;
    }

    private Resolved clock(Parse p) {
        String hm = String.format("T%02d:%02d", p.n() / 60, p.n() % 60);
        Resolved day = p.weekday() != null ? weekday(p) : p.month() != null ? calendar.calendar(p, yearAnchor())
                : "D".equals(p.unit()) ? dct == null ? unanchored("XXXX-XX-XX") : date(Period.day(dct.plusDays(p.offset())),
                false) : null;
        if (day != null) {
            // "10 p.m. Wednesday": the clock on the day named, which moves the focus as the day alone would
            day.value = day.value + hm;
            day.type = TimexType.TIME;
            return day;
        }
        Resolved r;
        if (focus != null && focus.granularity() == Granularity.DAY) {
            r = date(focus, false);
            r.value = focus.value() + hm;
        } else {
            r = unanchored("XXXX-XX-XX" + hm);
        }
        r.type = TimexType.TIME;
        r.movesFocus = false;
        return r;
    }
}
