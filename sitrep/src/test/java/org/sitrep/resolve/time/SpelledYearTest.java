package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpelledYearTest {
    private static final Pattern FULL = Pattern.compile("(?i)" + SpelledYear.PATTERN);

    @ParameterizedTest
    @CsvSource({
        "nineteen ninety-six, 1996",
        "Nineteen Ninety Six, 1996",
        "nineteen oh five, 1905",
        "eighteen twelve, 1812",
        "nineteen hundred, 1900",
        "two thousand, 2000",
        "two thousand and one, 2001",
        "two thousand eleven, 2011",
        "twenty fifteen, 2015",
        "twenty twenty-one, 2021",
    })
    void value_spelledYear_readsYear(String words, int year) {
        assertTrue(FULL.matcher(words).matches(), words);
        assertEquals(year, SpelledYear.value(words));
    }

    @ParameterizedTest
    @CsvSource({"nineteen five", "nineteen", "twenty", "ninety-six", "nineteen ninety-six people"})
    void value_notAYear_null(String words) {
        assertNull(SpelledYear.value(words));
    }

    /** Every year 1910-2099 written the way it is said reads back as itself. */
    @Property
    boolean value_saidYear_roundTrips(@ForAll @IntRange(min = 1910, max = 2099) int year) {
        String said = year >= 2000 && year < 2010 ? "two thousand" + (year == 2000 ? "" : " and " + SMALL[year % 10])
                : word(year / 100) + " " + word(year % 100);
        return FULL.matcher(said).matches() && Integer.valueOf(year).equals(SpelledYear.value(said));
    }

    private static final String[] SMALL = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private static String word(int n) {
        if (n < 10) {
            return "oh " + SMALL[n];
        }
        if (n < 20) {
            return SMALL[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }
}
