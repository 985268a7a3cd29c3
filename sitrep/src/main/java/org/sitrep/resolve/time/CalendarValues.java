package org.sitrep.resolve.time;

import static org.sitrep.resolve.time.Resolved.date;
import static org.sitrep.resolve.time.Resolved.unanchored;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Values of expressions that carry calendar fields: full and year-less dates, numeric dates, bare months,
 * holidays, quarters, halves and seasons. A year-less one takes its year from an anchor (the document date, else
 * the narrative focus), on the side of it that the clause's tense points to. Immutable.
 */
final class CalendarValues {
    private final LocalDate dct;
    private final PublicationWindow window;

    /** {@code window}: the inferred publication window of a text without a usable date (null when none). */
    CalendarValues(LocalDate dct, PublicationWindow window) {
        this.dct = dct;
        this.window = dct == null ? window : null;
    }

    Resolved calendar(Parse p, LocalDate anchor) {
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
            return bareMonth(p, m, anchor);
        }
        if (y != null) {
            if (d > YearMonth.of(y, m).lengthOfMonth()) {
                return unanchoredDate(p);
            }
            return withWeekday(date(Period.day(LocalDate.of(y, m, d)), true), p.weekday());
        }
        Resolved inWindow = inWindow(p, m, d);
        if (inWindow != null) {
            return inWindow;
        }
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
        Resolved r = withWeekday(date(Period.day(best), false), p.weekday());
        r.flags.add(TimeExpression.YEAR_INFERRED);
        return r;
    }

    /**
     * "on 17 September" in a text dated only by an inferred publication window: the one reading of the day that
     * falls where the window puts the text's events (see {@link PublicationWindow#admitsEventOn}), flagged
     * {@link TimeExpression#YEAR_FROM_WINDOW}. Null when no reading or more than one fits (an open-ended window
     * admits every later year), or when the clause speaks of the future (an announced day may lie past the window):
     * the year is then not the window's to give.
     */
    private Resolved inWindow(Parse p, int m, int d) {
        if (window == null || window.openEnded() || p.future()) {
            return null;
        }
        LocalDate fit = null;
        for (int yy = window.start().getYear() - 1; yy <= window.end().getYear(); yy++) {
            if (d > YearMonth.of(yy, m).lengthOfMonth() || !window.admitsEventOn(LocalDate.of(yy, m, d))) {
                continue;
            }
            if (fit != null) {
                return null;
            }
            fit = LocalDate.of(yy, m, d);
        }
        if (fit == null) {
            return null;
        }
        Resolved r = withWeekday(date(Period.day(fit), false), p.weekday());
        r.flags.add(TimeExpression.YEAR_INFERRED);
        r.flags.add(TimeExpression.YEAR_FROM_WINDOW);
        return r;
    }

    private Resolved unanchoredDate(Parse p) {
        Resolved r = unanchored(String.format("XXXX-%02d-%02d", p.month(), p.day()));
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

    private Resolved bareMonth(Parse p, int m, LocalDate anchor) {
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

    private Resolved withWeekday(Resolved r, Integer weekday) {
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
    static Resolved closing(Parse p, Resolved r) {
        if (AbsoluteDateRules.CLOSING_DAY.equals(p.extra())) {
            r.movesFocus = false;
        }
        return r;
    }

    /** "the week of March 6": the week holding the day; a day not known leaves the result as it is. */
    static Resolved weekOf(Resolved day) {
        if (day.period != null && day.period.granularity() == Granularity.DAY) {
            day.period = Period.containing(Granularity.WEEK, day.period.start());
            day.value = day.period.value();
            day.alt.clear();
        }
        return day;
    }

    Resolved numeric(Parse p) {
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
        Resolved r = date(Period.day(first), true);
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

    /**
     * A holiday in its written year, else its occurrence nearest the document date ("last Thanksgiving": the one
     * before it). A holiday spanning days (Ramadan) takes its first day as value and its whole span as interval.
     * A lunar holiday in a year the table lacks stays unanchored.
     */
    Resolved holiday(Parse p, LocalDate anchor) {
        Holidays h = Holidays.standard();
        Holidays.Occurrence best = null;
        if (p.year() != null) {
            best = h.in(p.extra(), p.year());
        } else {
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
        Resolved r = date(Period.day(best.start()), p.year() != null);
        if (!best.singleDay()) {
            r.period = null;
            r.start = best.start();
            r.end = best.end();
            r.precision = org.sitrep.model.DatePrecision.MONTH;
        }
        return r;
    }

    Resolved partOfYear(Parse p, Granularity g, int firstMonth, LocalDate anchor) {
        if (p.year() != null) {
            return date(new Period(g, LocalDate.of(p.year(), firstMonth, 1)), true);
        }
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

    Resolved season(Parse p) {
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

}
