package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateLineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Example Digest, October 31, 2015 | 2015-10-31 | Example Digest",
        "27 October, 2015 | 2015-10-27 | ",
        "Nov 14, 2012 | 2012-11-14 | ",
        "30 October 2015 | 2015-10-30 | ",
        "2015-10-31 | 2015-10-31 | ",
        "31/10/2015 | 2015-10-31 | ",
        "04/05/2016 | 2016-05-04 | ",
        "Riverside Notes 3 May 2017 | 2017-05-03 | Riverside Notes",
        "Published: Saturday, 3rd of September 2016 at 10:45 GMT | 2016-09-03 | ",
        "Sept. 9, 2013 | 2013-09-09 | ",
        "Posted on Thu, June 4, 2015 | 2015-06-04 | ",
        "Wednesday 1 July 2015 | 2015-07-01 | ",
        "By a guest columnist / 3 March 2020 | 2020-03-03 | a guest columnist",
        "# Field Monitor - 14 April 2021 | 2021-04-14 | Field Monitor",
    })
    void parse_datelineFormats_dateAndName(String line, String date, String name) {
        DateLine.Hit h = DateLine.parse(line).orElseThrow(() -> new AssertionError("not read: " + line));
        assertEquals(LocalDate.parse(date), h.date());
        assertEquals(name, h.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IDLIB, March 3, 2020 \u2014 Six people were killed | 2020-03-03",
        "DAMASCUS, 3 March 2020 (SANA) -- Army units entered the town | 2020-03-03",
        "Deir ez-Zor, 14 April 2021 - Clashes broke out | 2021-04-14",
        "March 3, 2020: Six people were killed | 2020-03-03",
    })
    void lead_wireDatelineOpeningAParagraph_itsDate(String paragraph, String date) {
        assertEquals(LocalDate.parse(date), DateLine.lead(paragraph).orElseThrow().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Six people were killed on March 3, 2020 - a monitor said",
        "BEIRUT, Oct 22 (Reuters) - Government forces shelled the town",
        "On March 3, 2020, six people were killed",
        "The attack of March 3, 2020 was the deadliest",
    })
    void lead_dateNotOpeningTheStory_none(String paragraph) {
        assertTrue(DateLine.lead(paragraph).isEmpty(), paragraph);
    }

    @Test
    void parse_numericDateValidOnlyMonthFirst_readMonthFirst() {
        assertEquals(LocalDate.of(2015, 10, 31), DateLine.parse("10/31/2015").orElseThrow().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On 17 September 2017 the army crossed the river near the city.",
        "Fighting resumed on 17 September",
        "31 February 2015",
        "Town hall meeting was held 30 October 2015 by residents",
        "Published 14/14/2015",
    })
    void parse_proseOrInvalid_notADateline(String line) {
        assertTrue(DateLine.parse(line).isEmpty(), line);
    }

    @Test
    void parse_updatedLine_markedAsUpdate() {
        assertTrue(DateLine.parse("Updated: 4 June 2018").orElseThrow().updated());
        assertNull(DateLine.parse("4 June 2018").orElseThrow().name());
    }

    @Test
    void parseValue_isoTimestamp_keepsItsOwnDate() {
        assertEquals(LocalDate.of(2017, 8, 21), DateLine.parseValue("2017-08-21T23:30:00-05:00").orElseThrow());
        assertTrue(DateLine.parseValue("not a date").isEmpty());
    }

    @Property(tries = 300)
    void parse_anyValidDateInEveryFormat_roundTrips(@ForAll @IntRange(min = 1990, max = 2030) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day) {
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return;
        }
        LocalDate d = LocalDate.of(year, month, day);
        String mon = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        String abbr = d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        for (String line : new String[] {mon + " " + day + ", " + year, day + " " + mon + " " + year,
            abbr + " " + day + ", " + year, d.toString(), String.format("%02d/%02d/%d", day, month, year)}) {
            assertEquals(d, DateLine.parse(line).orElseThrow(() -> new AssertionError(line)).date(), line);
        }
    }
}
