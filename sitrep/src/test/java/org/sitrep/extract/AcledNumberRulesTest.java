package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;

/**
 * Issue #3 "Numbers": ACLED's conservative readings of vague and bounded fatality figures, the raw phrase kept,
 * injured counts and counts of strikes or attacks, on sentences we wrote.
 */
class AcledNumberRulesTest {
    private static Report only(String sentence) {
        return ExtractStageTest.only(Fixtures.body(sentence));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Syrian Arab Army shelling killed a dozen people in Raqqa.|12|a dozen",
        "Syrian Arab Army shelling killed dozens of people in Raqqa.|12|dozens",
        "Syrian Arab Army shelling killed tens of people in Raqqa.|10|tens",
        "Syrian Arab Army shelling killed hundreds of people in Raqqa.|100|hundreds",
        "Syrian Arab Army shelling killed at least 50 people in Raqqa.|50|at least 50",
        "Syrian Arab Army shelling killed 3000-3500 people in Aleppo over the winter.|3000|3000-3500",
        "Syrian Arab Army shelling killed scores of people in Aleppo.|20|scores",
    })
    void fatalities_vagueOrBoundedFigure_conservativeValueAndRawPhrase(String sentence, int value, String phrase) {
        Quantity f = only(sentence).fatalities();
        assertEquals(value, f.value());
        assertEquals(phrase, f.mention().text());
        assertEquals(phrase, sentence.substring(f.mention().span().start(), f.mention().span().end()));
    }

    @Test
    void injured_keptApartFromFatalities() {
        Report r = only("A car bomb in Azaz killed 8 people and wounded 23 others.");
        assertEquals(8, r.fatalities().value());
        assertEquals(23, r.injured().value());
        assertEquals("23", r.injured().mention().text());
    }

    @Test
    void injuredOnly_noFatalityInvented() {
        Report r = only("Syrian Arab Army shelling wounded 14 people in Idlib.");
        assertNull(r.fatalities());
        assertEquals(14, r.injured().value());
    }

    @Test
    void count_numberOfAirstrikes_isTheCountNotFatalities() {
        Report r = only("Russian jets carried out 4 airstrikes near Raqqa.");
        assertEquals(4, r.count().value());
        assertNull(r.fatalities());
    }

    @Test
    void count_approximateAttacksWithinAPeriod_keepsApproximatePhrase() {
        Report r = only("Government forces launched some 90 attacks within 24 hours on rebel areas in Idlib.");
        assertEquals(90, r.count().value());
        assertEquals("some 90", r.count().mention().text());
    }
}
