package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TimeLexiconTest {
    @Test
    void standard_loads_everyMonthAndWeekdayCovered() {
        TimeLexicon lex = TimeLexicon.standard();
        for (int m = 1; m <= 12; m++) {
            String v = String.valueOf(m);
            assertTrue(lex.forms("month").containsValue(v), "month " + m);
        }
        for (int d = 1; d <= 7; d++) {
            String v = String.valueOf(d);
            assertTrue(lex.forms("weekday").containsValue(v), "weekday " + d);
        }
        assertEquals(10, lex.month("Oct."));
        assertEquals(2, lex.number("two"));
        assertNull(lex.number("several"));
        assertTrue(lex.isNumberWord("several"));
    }

    @Test
    void parse_unknownCategory_failsNamingFileAndLine() {
        String data = "# c\nmonth\tjanuary\t1\nmonthz\tfoo\t1\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeLexicon.parse(new BufferedReader(new StringReader(data)), "x.tsv"));
        assertTrue(e.getMessage().startsWith("x.tsv:3:"), e.getMessage());
    }

    @Test
    void parse_monthOutOfRange_fails() {
        assertThrows(IllegalArgumentException.class,
                () -> TimeLexicon.parse(new BufferedReader(new StringReader("month\tfoo\t13\n")), "x.tsv"));
    }

    @Test
    void parse_upperCaseForm_fails() {
        assertThrows(IllegalArgumentException.class,
                () -> TimeLexicon.parse(new BufferedReader(new StringReader("weekday\tMonday\t1\n")), "x.tsv"));
    }

    @Test
    void parse_duplicateForm_fails() {
        assertThrows(IllegalArgumentException.class, () -> TimeLexicon.parse(
                new BufferedReader(new StringReader("unit\tday\tD\nunit\tday\tD\n")), "x.tsv"));
    }
}
