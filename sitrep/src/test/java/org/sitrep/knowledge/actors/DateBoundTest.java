package org.sitrep.knowledge.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DateBoundTest {
    @Test
    void parse_monthPrecision_spansTheMonth() {
        DateBound b = DateBound.parse("2013-04");
        assertEquals(LocalDate.of(2013, 4, 1), b.first());
        assertEquals(LocalDate.of(2013, 4, 30), b.last());
        assertEquals("2013-04", b.written());
    }

    @Test
    void parse_badInput_throwsNamingTheValue() {
        for (String s : new String[] {"2014-13", "2014-02-30", "14-02", "April 2013", "", "2014-4", "2014-04-1",
                "2014/04", "٢٠١٤", "2014-00", "2014-04-00"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateBound.parse(s));
            assertTrue(e.getMessage().contains("'" + s + "'"), e.getMessage());
        }
    }

    @Property
    void parse_anyValidDay_roundTrips(@ForAll @IntRange(min = 1900, max = 2100) int y,
                                      @ForAll @IntRange(min = 1, max = 12) int m,
                                      @ForAll @IntRange(min = 1, max = 28) int d) {
        LocalDate date = LocalDate.of(y, m, d);
        DateBound b = DateBound.parse(date.toString());
        assertEquals(date, b.first());
        assertEquals(date, b.last());
        DateBound month = DateBound.parse(date.toString().substring(0, 7));
        assertFalse(date.isBefore(month.first()) || date.isAfter(month.last()));
        DateBound year = DateBound.parse(String.valueOf(y));
        assertFalse(date.isBefore(year.first()) || date.isAfter(year.last()));
    }
}
