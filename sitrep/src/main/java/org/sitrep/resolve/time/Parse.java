package org.sitrep.resolve.time;

/**
 * A recognised but not yet anchored time expression: where it stands, what kind it is and the calendar fields the
 * words give. Unknown fields are null. {@code offset} is the direction or step a relative word gives (last = -1,
 * this = 0, next = +1; "ago" = -1); {@code unit} is a TIMEX3 unit letter; {@code extra} holds a season, part of
 * day or reference code; {@code future} is set when the clause around the expression speaks of the future, {@code past} when its
 * nearest tense cue is a past-tense verb (neither: the tense is not known).
 */
record Parse(
        int start,
        int end,
        Kind kind,
        Integer year,
        Integer month,
        Integer day,
        Integer weekday,
        Integer n,
        int offset,
        String unit,
        String extra,
        boolean future,
        boolean past) {

    enum Kind {
        /** Any of year, month, day, weekday named (a full date, a year-less date, a month, a year). */
        CALENDAR,
        /** 31/10/2015-style numbers: month and day hold the two leading numbers in the order written. */
        NUMERIC,
        DECADE,
        /** A century: n is its TIMEX3 index (19 for the twentieth century, 1900-1999). */
        CENTURY,
        /** A weekday alone ("on Tuesday", "last Sunday"). */
        WEEKDAY,
        /** today (0), yesterday (-1), tomorrow (+1), in n. */
        DAY_REL,
        /** PRESENT_REF, PAST_REF or FUTURE_REF in extra; unit is the window of "recent days/weeks" when given. */
        REF,
        /** this/last/next unit, relative to the document date. */
        UNIT_REL,
        /** "the next day", "that year": relative to the narrative focus. */
        ANAPHOR,
        /** n units ago / from now, from the document date. */
        AGO,
        /** n units earlier / later, from the narrative focus. */
        SHIFT,
        /** "the 25th": a day of the month in focus. */
        ORDINAL_DAY,
        /** A named holiday: extra is its {@link Holidays} key; year when written. */
        HOLIDAY,
        QUARTER,
        HALF,
        SEASON,
        DURATION,
        SET,
        CLOCK
    }

    int length() {
        return end - start;
    }

    /** With the tense of the clause around it: +1 future, -1 past, 0 unknown. */
    Parse withTense(int tense) {
        return new Parse(start, end, kind, year, month, day, weekday, n, offset, unit, extra, tense > 0, tense < 0);
    }

    static Parse of(int start, int end, Kind kind) {
        return new Parse(start, end, kind, null, null, null, null, null, 0, null, null, false, false);
    }

    Parse ymd(Integer y, Integer m, Integer d) {
        return new Parse(start, end, kind, y, m, d, weekday, n, offset, unit, extra, future, past);
    }

    Parse weekday(Integer wd) {
        return new Parse(start, end, kind, year, month, day, wd, n, offset, unit, extra, future, past);
    }

    Parse n(Integer count) {
        return new Parse(start, end, kind, year, month, day, weekday, count, offset, unit, extra, future, past);
    }

    Parse offset(int o) {
        return new Parse(start, end, kind, year, month, day, weekday, n, o, unit, extra, future, past);
    }

    Parse unit(String u) {
        return new Parse(start, end, kind, year, month, day, weekday, n, offset, u, extra, future, past);
    }

    Parse extra(String e) {
        return new Parse(start, end, kind, year, month, day, weekday, n, offset, unit, e, future, past);
    }
}
