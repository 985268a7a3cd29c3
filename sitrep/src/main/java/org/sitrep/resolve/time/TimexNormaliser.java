package org.sitrep.resolve.time;

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

    TimexNormaliser(String text, LocalDate dct, Anchoring anchoring) {
        this.text = text;
        this.dct = dct;
        this.anchoring = anchoring;
        this.focus = dct == null ? null : Period.day(dct);
    }

    /** The narrative focus before the next expression (null when nothing anchors the text yet). */
    Period focus() {
        return focus;
    }

    TimeExpression resolve(Parse p) {
        Result r = switch (p.kind()) {
            case CALENDAR -> "W".equals(p.unit()) ? weekOf(calendar(p)) : closing(p, calendar(p));
            case NUMERIC -> numeric(p);
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
            case HOLIDAY -> holiday(p);
            case QUARTER -> partOfYear(p, Granularity.QUARTER, (p.n() - 1) * 3 + 1);
            case HALF -> partOfYear(p, Granularity.HALF, (p.n() - 1) * 6 + 1);
            case SEASON -> season(p);
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

    /** What one expression resolved to. period null: not anchorable to the calendar. */
    private static final class Result {
        TimexType type = TimexType.DATE;
        String value;
        Period period;
        LocalDate start;
        LocalDate end;
        org.sitrep.model.DatePrecision precision;
        List<String> alt = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        boolean explicit;
        boolean movesFocus = true;
    }

    private static Result date(Period p, boolean explicit) {
        Result r = new Result();
        r.period = p;
        r.value = p.value();
        r.explicit = explicit;
        return r;
    }

    private static Result unanchored(String value) {
        Result r = new Result();
        r.value = value;
        return r;
    }

    // ---- dates with calendar fields ----

    private Result calendar(Parse p) {
        Integer y = p.year();
        Integer m = p.month();
        Integer d = p.day();
        if (m == null) {
            return date(new Period(Granularity.YEAR, LocalDate.of(y, 1, 1)), true);
        }
        if (d == null) {
            if (y != null) {
                return date(new Period(Granularity.MONTH, LocalDate.of(y, m, 1)), true);
            }
            if ("Y".equals(p.unit()) && p.n() != null && dct != null) {
                // "July last year": the year counted from the document date
                return date(new Period(Granularity.MONTH, LocalDate.of(dct.getYear() + p.n(), m, 1)), false);
            }
            return bareMonth(p, m);
        }
        if (y != null) {
            if (d > YearMonth.of(y, m).lengthOfMonth()) {
                return unanchoredDate(p);
            }
            return withWeekday(date(Period.day(LocalDate.of(y, m, d)), true), p.weekday());
        }
        LocalDate anchor = yearAnchor();
        if (anchor == null) {
            return unanchored(String.format("XXXX-%02d-%02d", m, d));
        }
        LocalDate best = null;
        boolean bestWeekdayFits = false;
        long bestCost = Long.MAX_VALUE;
        for (int yy = anchor.getYear() - 1; yy <= anchor.getYear() + 1; yy++) {
            if (d > YearMonth.of(yy, m).lengthOfMonth()) {
                continue;
            }
            LocalDate c = LocalDate.of(yy, m, d);
            long cost = directedDistance(c, anchor, p);
            // a named weekday may pick the year, but only among plausible years, never against a near one
            boolean fits = p.weekday() == null || c.getDayOfWeek().getValue() == p.weekday() && cost < 183;
            if (best == null || fits && !bestWeekdayFits || fits == bestWeekdayFits && cost < bestCost) {
                best = c;
                bestCost = cost;
                bestWeekdayFits = fits;
            }
        }
        if (best == null) {
            return unanchoredDate(p);
        }
        Result r = withWeekday(date(Period.day(best), false), p.weekday());
        r.flags.add(TimeExpression.YEAR_INFERRED);
        return r;
    }

    private Result unanchoredDate(Parse p) {
        Result r = unanchored(String.format("XXXX-%02d-%02d", p.month(), p.day()));
        r.flags.add("invalid_date");
        return r;
    }

    /**
     * How far a candidate lies from the anchor in the expected direction: dates on or before the anchor are
     * preferred unless the clause speaks of the future; the other side costs {@link #AGAINST_TENSE} times as much,
     * so a date up to about ten weeks "ahead" still beats the same date ten months back. (News names upcoming
     * deadlines and meetings without a future cue often enough: on TimeBank a factor of 12 lost a dozen dates
     * that 4 gets right; 2 gains little more and risks pushing past events into the future.)
     */
    private static final long AGAINST_TENSE = 4;
    /** A past-tense verb next to the date: a date ahead of the document is all but ruled out. */
    private static final long AGAINST_PAST_TENSE = 12;

    private static long directedDistance(LocalDate c, LocalDate anchor, Parse p) {
        return directedCost(ChronoUnit.DAYS.between(anchor, c), p);
    }

    /** The cost of a candidate diff units after (negative: before) the anchor, given the clause's tense. */
    private static long directedCost(long diff, Parse p) {
        if (p.future()) {
            return diff >= 0 ? diff : -diff * AGAINST_TENSE;
        }
        return diff <= 0 ? -diff : diff * (p.past() ? AGAINST_PAST_TENSE : AGAINST_TENSE);
    }

    /**
     * Year-less dates lean on the document date (news names dates near its own); only an undated text falls back
     * on the narrative. Measured on TimeBank, letting an earlier full date in the text choose the year did harm.
     */
    private LocalDate yearAnchor() {
        return dct != null ? dct : focus == null ? null : focus.start();
    }

    private Result bareMonth(Parse p, int m) {
        LocalDate anchor = yearAnchor();
        if (anchor == null) {
            return unanchored(String.format("XXXX-%02d", m));
        }
        YearMonth a = YearMonth.from(anchor);
        YearMonth c;
        if ("this".equals(p.extra())) {
            c = YearMonth.of(a.getYear(), m);
        } else if (p.offset() < 0) {
            c = YearMonth.of(a.getYear(), m);
            if (!c.isBefore(a)) {
                c = c.minusYears(1);
            }
        } else if (p.offset() > 0) {
            c = YearMonth.of(a.getYear(), m);
            if (!c.isAfter(a)) {
                c = c.plusYears(1);
            }
        } else {
            YearMonth best = null;
            long bestCost = Long.MAX_VALUE;
            for (int yy = a.getYear() - 1; yy <= a.getYear() + 1; yy++) {
                YearMonth ym = YearMonth.of(yy, m);
                long diff = ChronoUnit.MONTHS.between(a, ym);
                long cost = directedCost(diff, p);
                if (cost < bestCost) {
                    best = ym;
                    bestCost = cost;
                }
            }
            c = best;
        }
        return date(new Period(Granularity.MONTH, c.atDay(1)), false);
    }

    private Result withWeekday(Result r, Integer weekday) {
        if (weekday == null || r.period == null) {
            return r;
        }
        LocalDate d = r.period.start();
        int actual = d.getDayOfWeek().getValue();
        if (actual != weekday) {
            r.flags.add(TimeExpression.WEEKDAY_CONFLICT);
            r.alt.add(nearestWithWeekday(d, weekday).toString());
        }
        return r;
    }

    /** The date nearest to d (either side) falling on a weekday (ISO number, Monday 1). */
    static LocalDate nearestWithWeekday(LocalDate d, int weekday) {
        LocalDate next = d.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
        LocalDate prev = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
        return ChronoUnit.DAYS.between(d, next) <= ChronoUnit.DAYS.between(prev, d) ? next : prev;
    }

    /**
     * "the quarter ended Sept. 30": the closing day dates the period, but the text goes on about the period, so
     * the day does not take the focus from it ("a year earlier" then compares quarters).
     */
    private static Result closing(Parse p, Result r) {
        if (AbsoluteDateRules.CLOSING_DAY.equals(p.extra())) {
            r.movesFocus = false;
        }
        return r;
    }

    /** "the week of March 6": the week holding the day; a day not known leaves the result as it is. */
    private static Result weekOf(Result day) {
        if (day.period != null && day.period.granularity() == Granularity.DAY) {
            day.period = Period.containing(Granularity.WEEK, day.period.start());
            day.value = day.period.value();
            day.alt.clear();
        }
        return day;
    }

    private Result numeric(Parse p) {
        int a = p.month();
        int b = p.day();
        int y = p.year();
        LocalDate dm = valid(y, b, a);
        LocalDate md = valid(y, a, b);
        if (dm == null && md == null) {
            return unanchored("XXXX-XX-XX");
        }
        if (dm == null || md == null || dm.equals(md)) {
            return date(Period.day(dm != null ? dm : md), true);
        }
        // both readings are real dates: day-month is the international order; keep the other as an alternative
        LocalDate first = dm;
        LocalDate other = md;
        if (dct != null && dm.isAfter(dct) && !md.isAfter(dct)) {
            first = md;
            other = dm;
        }
        Result r = date(Period.day(first), true);
        r.alt.add(other.toString());
        r.flags.add(TimeExpression.AMBIGUOUS_DAY_MONTH);
        return r;
    }

    private static LocalDate valid(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    // ---- relative to the document date ----

    private Result weekday(Parse p) {
        if (Math.abs(p.offset()) == 2) {
            return weekdayFromFocus(p);
        }
        LocalDate anchor = dct;
        if (dct == null && !anchoring.weekdaysFromNarrative()) {
            // only a wide publication window to go on: which Sunday is not known
            Result r = unanchored("XXXX-WXX-" + p.weekday());
            r.flags.add(TimeExpression.WEEKDAY_UNANCHORED);
            return r;
        }
        if (dct == null && focus != null && focus.granularity() == Granularity.DAY) {
            // an undated text: "On Tuesday" follows the day in focus
            anchor = focus.start();
            DayOfWeek wd = DayOfWeek.of(p.weekday());
            LocalDate d = p.offset() < 0 ? anchor.with(TemporalAdjusters.previous(wd))
                    : anchor.with(TemporalAdjusters.nextOrSame(wd));
            Result r = withPartOfDay(date(Period.day(d), false), p.extra());
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
    private Result weekdayFromFocus(Parse p) {
        if (focus == null || focus.granularity().compareTo(Granularity.WEEK) > 0) {
            return unanchored("XXXX-WXX-" + p.weekday());
        }
        DayOfWeek wd = DayOfWeek.of(p.weekday());
        LocalDate d = p.offset() < 0 ? focus.start().with(TemporalAdjusters.previous(wd))
                : focus.end().with(TemporalAdjusters.next(wd));
        Result r = withPartOfDay(date(Period.day(d), false), p.extra());
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        return r;
    }

    /**
     * "Friday night" stays a DATE with the day as its value (how TimeBank annotates most of them, and the day is
     * what places an event); the part-of-day reading is kept as an alternative value.
     */
    private static Result withPartOfDay(Result r, String pod) {
        if (pod != null) {
            r.alt.add(r.value + "T" + pod);
        }
        return r;
    }

    private Result dayRel(Parse p) {
        if (dct == null) {
            return unanchored("XXXX-XX-XX");
        }
        Result r = date(Period.day(dct.plusDays(p.n())), false);
        if (p.extra() != null) {
            r.value = r.value + "T" + p.extra();
            r.type = TimexType.TIME;
        }
        return r;
    }

    private Result ref(Parse p) {
        Result r = unanchored(p.extra());
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

    private Result unitRel(Parse p) {
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
            Result r = date(focus, false);
            r.alt.add(Period.containing(g, dct).value());
            return r;
        }
        Period period = Period.containing(g, dct).plus(p.offset());
        Result r = date(period, false);
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

    private Result ago(Parse p) {
        if (dct == null) {
            return unanchored("XXXX");
        }
        if (focusFromText && focus != null && p.unit().equals("Y")
                && (focus.granularity() == Granularity.QUARTER || focus.granularity() == Granularity.HALF)) {
            // results talk: "a year ago" is the quarter in focus, a year back
            Result r = date(focus.shiftedBy((long) p.offset() * p.n(), "Y"), false);
            r.alt.add(durationValue(p.n(), p.unit()));
            r.movesFocus = false;
            return r;
        }
        Granularity g = Period.grainOf(p.unit());
        LocalDate d = Period.day(dct).shiftedBy((long) p.offset() * p.n(), p.unit()).start();
        Result r = date(Period.containing(g, d), false);
        r.alt.add(durationValue(p.n(), p.unit()));
        // "a year ago" is a point of comparison, not a new scene: a following "a year earlier" compares with the
        // same past, it does not step back again
        r.movesFocus = g.compareTo(Granularity.YEAR) < 0;
        return r;
    }

    // ---- relative to the narrative focus ----

    private Result anaphor(Parse p) {
        if ("Q".equals(p.unit()) && p.year() != null) {
            return reportingPeriodIn(p);
        }
        if ("Q".equals(p.unit()) && p.month() != null && dct != null) {
            return quarterEnding(p.month(), p.day());
        }
        if ("Q".equals(p.unit()) && p.offset() == 0 && dct != null && (focus == null
                || focus.granularity() != Granularity.QUARTER)) {
            // "the quarter" with no quarter named yet: the last one completed, the one being reported on
            Result r = date(lastCompletedQuarter(), false);
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
        Result r = date(base.plus(p.offset()), false);
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        return r;
    }

    /**
     * "the 1988 period", "the 1988 quarter": the quarter (or half) in focus moved to the year written; with no such
     * focus, a "quarter" is the last completed one in that year and a "period" the year itself.
     */
    private Result reportingPeriodIn(Parse p) {
        Period base = focusFromText && focus != null && (focus.granularity() == Granularity.QUARTER
                || focus.granularity() == Granularity.HALF) ? focus
                : "quarter".equals(p.extra()) && dct != null ? lastCompletedQuarter() : null;
        if (base == null) {
            return date(new Period(Granularity.YEAR, LocalDate.of(p.year(), 1, 1)), true);
        }
        Result r = date(base.shiftedBy(p.year() - base.start().getYear(), "Y"), true);
        r.movesFocus = false;
        return r;
    }

    /**
     * "the quarter ended July 31": the calendar quarter whose last day is nearest the closing day given (a fiscal
     * quarter may close a month off the calendar), the closing day taken as the last such day on or before the DCT,
     * results being reported after the period closes.
     */
    private Result quarterEnding(int month, int day) {
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

    private Result shift(Parse p) {
        if (p.extra() != null && dct != null) {
            // "the year-ago quarter", "year-earlier" results: the reporting period a year back. The period is the
            // quarter (or half) in focus, else, for an explicit "quarter", the last one completed; else the year.
            boolean partOfYear = focusFromText && focus != null && (focus.granularity() == Granularity.QUARTER
                    || focus.granularity() == Granularity.HALF);
            Period base = partOfYear ? focus : p.extra().equals("quarter") ? lastCompletedQuarter()
                    : Period.containing(Granularity.YEAR, dct);
            Result r = date(base.shiftedBy(-1, "Y"), false);
            r.movesFocus = false;
            return r;
        }
        if (focus == null) {
            return unanchored("XXXX");
        }
        Result r = date(focus.shiftedBy((long) p.offset() * p.n(), p.unit()), false);
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        if (p.offset() < 0 && "Y".equals(p.unit()) && focusFromText && (focus.granularity() == Granularity.QUARTER
                || focus.granularity() == Granularity.HALF)) {
            // results talk: "up from $2 million a year earlier" compares the quarter in focus with the one a year
            // before; the report stays on its quarter, so a second "a year earlier" does not step back again
            r.movesFocus = false;
        }
        return r;
    }

    private Result ordinalDay(Parse p) {
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
        Result r = date(Period.day(ym.atDay(d)), false);
        r.flags.add(TimeExpression.FROM_NARRATIVE);
        return r;
    }

    /**
     * A holiday in its written year, else its occurrence nearest the document date ("last Thanksgiving": the one
     * before it). A holiday spanning days (Ramadan) takes its first day as value and its whole span as interval.
     * A lunar holiday in a year the table lacks stays unanchored.
     */
    private Result holiday(Parse p) {
        Holidays h = Holidays.standard();
        Holidays.Occurrence best = null;
        if (p.year() != null) {
            best = h.in(p.extra(), p.year());
        } else {
            LocalDate anchor = yearAnchor();
            if (anchor == null) {
                return unanchored("XXXX");
            }
            long bestCost = Long.MAX_VALUE;
            for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
                Holidays.Occurrence o = h.in(p.extra(), y);
                if (o == null) {
                    continue;
                }
                long diff = ChronoUnit.DAYS.between(anchor, o.start());
                if (p.offset() < 0 && diff >= 0 || p.offset() > 0 && diff <= 0) {
                    continue;
                }
                long cost = p.offset() != 0 ? Math.abs(diff) : directedCost(diff, p);
                if (cost < bestCost) {
                    best = o;
                    bestCost = cost;
                }
            }
        }
        if (best == null) {
            return unanchored(p.year() != null ? String.valueOf(p.year()) : "XXXX");
        }
        Result r = date(Period.day(best.start()), p.year() != null);
        if (!best.singleDay()) {
            r.period = null;
            r.start = best.start();
            r.end = best.end();
            r.precision = org.sitrep.model.DatePrecision.MONTH;
        }
        return r;
    }

    private Result partOfYear(Parse p, Granularity g, int firstMonth) {
        if (p.year() != null) {
            return date(new Period(g, LocalDate.of(p.year(), firstMonth, 1)), true);
        }
        LocalDate anchor = dct != null ? dct : focus == null ? null : focus.start();
        if (anchor == null) {
            return unanchored("XXXX");
        }
        int y = anchor.getYear() + p.offset();
        LocalDate start = LocalDate.of(y, firstMonth, 1);
        if (p.offset() == 0 && !"this".equals(p.extra()) && !p.future() && start.isAfter(anchor)) {
            start = start.minusYears(1);
        }
        return date(new Period(g, start), false);
    }

    private Result season(Parse p) {
        int month = switch (p.extra()) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        if (p.year() != null) {
            return date(new Period(Granularity.SEASON, LocalDate.of(p.year(), month, 1)), true);
        }
        if (dct == null) {
            return unanchored("XXXX-" + p.extra());
        }
        Period cur = new Period(Granularity.SEASON, LocalDate.of(dct.getYear(), month, 1));
        Period chosen;
        if (p.offset() == -1) {
            chosen = cur.end().isBefore(dct) ? cur : cur.shiftedBy(-1, "Y");
        } else if (p.offset() == 1) {
            chosen = cur.start().isAfter(dct) ? cur : cur.shiftedBy(1, "Y");
        } else if (p.offset() == 0) {
            chosen = cur;
        } else if (p.future()) {
            chosen = cur.end().isBefore(dct) ? cur.shiftedBy(1, "Y") : cur;
        } else {
            chosen = cur.start().isAfter(dct) ? cur.shiftedBy(-1, "Y") : cur;
        }
        return date(chosen, false);
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

    private Result duration(Parse p) {
        Result r = unanchored(durationValue(p.n(), p.unit()));
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

    private Result set(Parse p) {
        Result r = unanchored(p.weekday() != null ? "XXXX-WXX-" + p.weekday() : "P1" + p.unit());
        r.type = TimexType.SET;
        r.movesFocus = false;
        return r;
    }

    private Result clock(Parse p) {
        String hm = String.format("T%02d:%02d", p.n() / 60, p.n() % 60);
        Result day = p.weekday() != null ? weekday(p) : p.month() != null ? calendar(p)
                : "D".equals(p.unit()) ? dct == null ? unanchored("XXXX-XX-XX") : date(Period.day(dct.plusDays(p.offset())),
                false) : null;
        if (day != null) {
            // "10 p.m. Wednesday": the clock on the day named, which moves the focus as the day alone would
            day.value = day.value + hm;
            day.type = TimexType.TIME;
            return day;
        }
        Result r;
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
