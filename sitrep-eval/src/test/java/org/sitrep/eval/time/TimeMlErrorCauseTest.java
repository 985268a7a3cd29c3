package org.sitrep.eval.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeMlErrorCauseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "now|PRESENT_REF|2015-10-28|value: PRESENT/PAST/FUTURE_REF",
        "last week|2015-WXX|2015-W43|value: week (gold WXX / one-digit week)",
        "last week|2015-W43|2015-W42|value: week",
        "the 1990s|199X|199|value: decade/century convention",
        "last spring|2014-SP|2015-SP|value: season",
        "a year ago|2014-Q3|2014|value: quarter/half vs other grain",
        "the quarter|2015-Q2|2015-Q3|value: quarter/half anchoring",
        "Friday night|2015-10-23TNI|2015-10-23|value: part of day",
        "a year ago|2014-10|2014|value: granularity",
        "Friday|2015-10-23|2015-10-30|value: weekday anchoring",
        "May|2016-05|2015-05|value: year anchoring",
        "the day before|2015-10-26|2015-10-25|value: anchoring",
    })
    void ofValue_valuePairs_namedCause(String words, String gold, String system, String cause) {
        assertEquals(cause, TimeMlErrorCause.ofValue(words, gold, system));
    }

    @Test
    void ofMiss_referenceAndBareNoun_told() {
        assertEquals("missed: reference word (FUTURE_REF)", TimeMlErrorCause.ofMiss("soon", "FUTURE_REF"));
        assertEquals("missed: bare noun (day, week, ...)", TimeMlErrorCause.ofMiss("week", "2015-WXX"));
        assertEquals("missed: date", TimeMlErrorCause.ofMiss("March 3", "2015-03-03"));
    }

    @Test
    void ofSpurious_goldTypeUnder_notADate() {
        assertEquals("not a date: gold duration", TimeMlErrorCause.ofSpurious("DURATION P1W", "2015-W43"));
        assertEquals("spurious: reference word (PRESENT_REF)", TimeMlErrorCause.ofSpurious(null, "PRESENT_REF"));
        assertEquals("spurious: date", TimeMlErrorCause.ofSpurious("", "2015"));
    }

    @Test
    void errorsByCause_lines_countedMostFrequentFirstWithoutOk() {
        List<String> lines = List.of(
                "OK\td\t2015-10-28\tnow | now\tPRESENT_REF\tPRESENT_REF",
                "SPURIOUS\td\t2015-10-28\tnow\t\tPRESENT_REF",
                "SPURIOUS\td\t2015-10-28\tcurrently\t\tPRESENT_REF",
                "MISS\td\t2015-10-28\tsoon\tFUTURE_REF\t");
        String report = TimeMlEvaluation.errorsByCause(lines, 1);
        assertTrue(report.startsWith("errors by cause (3)"), report);
        assertTrue(report.indexOf("2  spurious: reference word (PRESENT_REF)") < report.indexOf(
                "1  missed: reference word (FUTURE_REF)"), report);
        assertEquals(1, report.lines().filter(l -> l.contains("currently") || l.contains("\tnow\t")).count(),
                "one example per cause: " + report);
    }
}
