package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The digit-by-digit reading of a stored day answers as the formatter does, for every text. */
class IsoDayTest {
    @Property
    void anyDay_readAsTheFormatterReadsIt(@ForAll @IntRange(min = -200_000, max = 3_000_000) int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        assertEquals(d, JsonFields.isoDay(d.toString()));
    }

    @Property
    void anyText_aDayOrTheFormattersError(@ForAll @StringLength(max = 12) String s) {
        sameAsFormatter(s);
    }

    @Property
    void anyDigitsInTheShape_aDayOrTheFormattersError(@ForAll @IntRange(min = 0, max = 9999) int y,
                                                      @ForAll @IntRange(min = 0, max = 99) int m,
                                                      @ForAll @IntRange(min = 0, max = 99) int d) {
        sameAsFormatter(String.format("%04d-%02d-%02d", y, m, d));
    }

    @Test
    void impossibleDays_refused() {
        assertThrows(DateTimeException.class, () -> JsonFields.isoDay("2015-02-29"));
        assertThrows(DateTimeException.class, () -> JsonFields.isoDay("2015-13-01"));
        assertThrows(DateTimeException.class, () -> JsonFields.isoDay("2015-1-01"));
        assertEquals(LocalDate.of(12345, 1, 1), JsonFields.isoDay("+12345-01-01"));
    }

    private static void sameAsFormatter(String s) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(s);
        } catch (DateTimeException e) {
            assertThrows(DateTimeException.class, () -> JsonFields.isoDay(s), s);
            return;
        }
        assertEquals(expected, JsonFields.isoDay(s), s);
    }
}
