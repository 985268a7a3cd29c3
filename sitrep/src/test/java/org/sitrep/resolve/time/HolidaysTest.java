package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HolidaysTest {
    private final Holidays h = Holidays.standard();
    private static final LocalDate DCT = LocalDate.of(2015, 10, 28);

    @Test
    void easter_knownYears_matchPublishedDates() {
        assertEquals(LocalDate.of(2000, 4, 23), Holidays.easter(2000));
        assertEquals(LocalDate.of(2015, 4, 5), Holidays.easter(2015));
        assertEquals(LocalDate.of(2024, 3, 31), Holidays.easter(2024));
    }

    @Property
    boolean easter_anyYear_isASundayInSpring(@ForAll @IntRange(min = 1800, max = 2099) int year) {
        LocalDate e = Holidays.easter(year);
        return e.getDayOfWeek() == DayOfWeek.SUNDAY && !e.isBefore(LocalDate.of(year, 3, 22))
                && !e.isAfter(LocalDate.of(year, 4, 25));
    }

    @Test
    void in_thanksgiving_isFourthThursdayOfNovember() {
        assertEquals(LocalDate.of(1999, 11, 25), h.in("thanksgiving", 1999).start());
    }

    /** The lunar table: every year 2011-2025 present, Ramadan ends the day before Eid al-Fitr, Eid al-Adha some
     * 67-69 days after it (two lunar months and nine days). */
    @Test
    void table_everyYear_consistent() {
        for (int y = 2011; y <= 2025; y++) {
            Holidays.Occurrence ramadan = h.in("ramadan", y);
            Holidays.Occurrence fitr = h.in("eid_al_fitr", y);
            Holidays.Occurrence adha = h.in("eid_al_adha", y);
            assertNotNull(ramadan, "ramadan " + y);
            assertEquals(fitr.start().minusDays(1), ramadan.end(), "ramadan ends on the eve of eid " + y);
            long days = ChronoUnit.DAYS.between(ramadan.start(), ramadan.end()) + 1;
            assertTrue(days == 29 || days == 30, "ramadan length " + y);
            long gap = ChronoUnit.DAYS.between(fitr.start(), adha.start());
            assertTrue(gap >= 67 && gap <= 69, "eid gap " + y + ": " + gap);
        }
        assertNull(h.in("ramadan", 2005));
    }

    @Test
    void parse_ruleMissing_failsNamingFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Holidays.parse(
                new BufferedReader(new StringReader("holiday\tfoo day\tfoo\n")), "h.tsv"));
        assertTrue(e.getMessage().startsWith("h.tsv"), e.getMessage());
    }

    @Test
    void parse_badDate_failsNamingLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Holidays.parse(
                new BufferedReader(new StringReader("rule\tx\ttable\ndate\tx\t2015-13-01\n")), "h.tsv"));
        assertTrue(e.getMessage().startsWith("h.tsv:2:"), e.getMessage());
    }

    @Test
    void tag_holidays_resolvedAgainstDct() {
        TimeTagger t = TimeTagger.standard();
        assertEquals("2015-09-24", t.tag("A truce was agreed for Eid al-Adha.", DCT).get(0).value());
        assertEquals("2015-12-25", t.tag("Talks will resume after Christmas.", DCT).get(0).value());
        TimeExpression last = t.tag("Shelling stopped over last Thanksgiving.", LocalDate.of(2000, 2, 10)).get(0);
        assertEquals("1999-11-25", last.value());
        TimeExpression ramadan = t.tag("Raids continued through Ramadan 2013.", DCT).get(0);
        assertEquals(LocalDate.of(2013, 7, 9), ramadan.start());
        assertEquals(LocalDate.of(2013, 8, 7), ramadan.end());
        assertTrue(t.tag("Raids continued through Ramadan 2005.", DCT).get(0).flags()
                .contains(TimeExpression.UNANCHORED));
        assertTrue(t.tag("He was a good friday player.", DCT).isEmpty());
    }
}
