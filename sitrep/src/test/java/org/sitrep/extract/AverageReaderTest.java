package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AverageReaderTest {
    private final AverageReader reader = new AverageReader(ExtractLexicons.get().triggers(), new NumberReader(ExtractLexicons.get().numbers()));

    private List<AverageReader.Rate> read(String s) {
        return reader.read(Tokenizer.tokenize(s, 0, s.length()));
    }

    @Test
    void read_averageOfDecimalPerDay_valueUnitAndFlag() {
        AverageReader.Rate r = read("That was an average of 6.8 per day in August.").get(0);
        assertEquals(6.8, r.value(), 1e-9);
        assertEquals(6, r.floor());
        assertEquals("day", r.unit());
        assertTrue(r.average());
        assertEquals("6.8", r.valueText());
    }

    @Test
    void read_countNounPerWeek_rateWithNoun() {
        AverageReader.Rate r = read("Jets flew about twelve sorties a week.").get(0);
        assertEquals(12, r.floor());
        assertEquals("week", r.unit());
        assertTrue(r.noun() >= 0);
        assertTrue(r.approximate());
        assertFalse(r.average());
    }

    @Test
    void read_plainCountsAndBareNumbers_noRate() {
        assertTrue(read("Jets carried out 4 airstrikes on Monday.").isEmpty());
        assertTrue(read("The town lies 12 km a day's walk away.").isEmpty());
        assertTrue(read("Prices rose 5 per cent a month.").isEmpty());
    }

    @Property
    void read_anyWholeAverage_floorIsTheNumber(@ForAll @IntRange(min = 0, max = 100000) int n) {
        List<AverageReader.Rate> rs = read("an average of " + n + " per month");
        assertEquals(1, rs.size());
        assertEquals(n, rs.get(0).floor());
        assertEquals(Integer.toString(n), rs.get(0).valueText());
    }
}
