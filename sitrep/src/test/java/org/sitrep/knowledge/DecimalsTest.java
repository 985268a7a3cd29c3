package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void parse_coordinatesAndPopulations_equalParseDouble() {
        for (String s : new String[] {"36.2021", "-0.5", "0", "-0", "-0.0", "1602264", "37.13", "5.", "0.000001",
                "123456789012345", "35.93333"}) {
            assertEquals(Double.parseDouble(s), Decimals.parse(s), s);
        }
    }

    @Test
    void parse_notAPlainDecimal_nan() {
        for (String s : new String[] {"", "-", ".", "1e5", "+3", "1.2.3", "1234567890123456", "NaN", " 1"}) {
            assertTrue(Double.isNaN(Decimals.parse(s)), s);
        }
    }

    @Property
    void parse_anyPrintedCoordinate_equalsParseDouble(@ForAll @DoubleRange(min = -180, max = 180) double d) {
        String s = new java.math.BigDecimal(d).setScale(7, java.math.RoundingMode.HALF_EVEN).toPlainString();
        assertEquals(Double.parseDouble(s), Decimals.parse(s), s);
    }

    @Property
    void parse_digitStrings_nanOrParseDouble(
            @ForAll @StringLength(min = 1, max = 20) @Chars({'0', '1', '5', '9', '.', '-'}) String s) {
        double fast = Decimals.parse(s);
        if (!Double.isNaN(fast)) {
            assertEquals(Double.parseDouble(s), fast, s);
        }
    }
}
