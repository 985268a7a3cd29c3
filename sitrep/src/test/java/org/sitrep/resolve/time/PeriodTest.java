package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
    @ParameterizedTest
    @CsvSource({
        "DAY, 2015-10-24, 2015-10-24, 2015-10-24, 2015-10-24",
        "WEEK, 2015-10-28, 2015-W44, 2015-10-26, 2015-11-01",
        "WEEK, 2016-01-01, 2015-W53, 2015-12-28, 2016-01-03",
        "WEEKEND, 2015-10-28, 2015-W44-WE, 2015-10-31, 2015-11-01",
        "MONTH, 2016-02-10, 2016-02, 2016-02-01, 2016-02-29",
        "QUARTER, 2015-11-05, 2015-Q4, 2015-10-01, 2015-12-31",
        "HALF, 2015-03-05, 2015-H1, 2015-01-01, 2015-06-30",
        "SEASON, 2016-01-15, 2015-WI, 2015-12-01, 2016-02-29",
        "SEASON, 2015-07-15, 2015-SU, 2015-06-01, 2015-08-31",
        "YEAR, 2015-07-15, 2015, 2015-01-01, 2015-12-31",
        "DECADE, 1994-07-15, 199, 1990-01-01, 1999-12-31",
    })
    void value_eachGrain_timexValueAndInclusiveEnds(Granularity g, LocalDate day, String value, LocalDate start,
            LocalDate end) {
        Period p = Period.containing(g, day);
        assertEquals(value, p.value());
        assertEquals(start, p.start());
        assertEquals(end, p.end());
    }

    @ParameterizedTest
    @CsvSource({"WEEK, 2015-10-28, -1, 2015-W43", "MONTH, 2015-01-15, -1, 2014-12", "QUARTER, 2015-01-15, 1, 2015-Q2"})
    void plus_steps_movesByWholePeriods(Granularity g, LocalDate day, int n, String value) {
        assertEquals(value, Period.containing(g, day).plus(n).value());
    }
}
