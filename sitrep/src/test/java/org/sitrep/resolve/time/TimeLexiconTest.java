package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertEquals(90, lex.number("ninety"), "spelled years (nineteen ninety-six) read their tens here");
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

    @Test
    void standard_decadeWords_areTheDecadesOfTheTwentiethCenturyFromThe1920s() {
        TimeLexicon lex = TimeLexicon.standard();
        java.util.Set<String> starts = new java.util.TreeSet<>(lex.forms("decade_word").values());
        assertEquals(java.util.List.of("1920", "1930", "1940", "1950", "1960", "1970", "1980", "1990"),
                java.util.List.copyOf(starts));
        assertEquals("1990", lex.forms("decade_word").get("nineties"));
    }

    @Test
    void standard_centuryOrdinals_runFromTheTenthToTheTwentyFirst() {
        TimeLexicon lex = TimeLexicon.standard();
        java.util.Set<Integer> values = new java.util.TreeSet<>();
        lex.forms("century_ordinal").values().forEach(v -> values.add(Integer.valueOf(v)));
        assertEquals(12, values.size(), "one word per century");
        assertEquals(10, values.iterator().next());
        assertEquals("21", lex.forms("century_ordinal").get("twenty-first"));
    }

    @Test
    void standard_cueWordLists_areLoadedAndListedExactly() {
        TimeLexicon lex = TimeLexicon.standard();
        assertTrue(lex.listed("deadline_word", "until"));
        assertTrue(lex.listed("title_abbreviation", "mr"));
        assertTrue(lex.listed("not_before_year", "than"));
        assertTrue(lex.listed("before_ordinal_day", "since"));
        assertTrue(lex.listed("after_ordinal_day", "saw"));
        assertTrue(lex.listed("duration_intro", "within"));
        assertTrue(lex.listed("period_noun", "quarter"));
        assertTrue(lex.listed("adjective_marker", "newly"));
        assertTrue(lex.listed("not_verb_after_to", "about"));
        assertTrue(lex.listed("not_after_attributive_month", "of"));
        assertTrue(lex.listed("spelled_year_preposition", "since"));
        // callers lower-case where case does not matter; the lookup itself is exact
        assertFalse(lex.listed("deadline_word", "Until"));
    }

    @Test
    void parse_decadeWordWithoutAYear_fails() {
        assertThrows(IllegalArgumentException.class, () -> TimeLexicon.parse(
                new BufferedReader(new StringReader("decade_word\tnineties\t\n")), "x.tsv"));
    }
}
