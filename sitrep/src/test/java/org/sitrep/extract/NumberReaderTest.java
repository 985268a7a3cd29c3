package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
    private final NumberReader reader = new NumberReader(ExtractLexicons.get().numbers());

    private NumberReader.Hit at(String s) {
        List<Token> toks = Tokenizer.tokenize(s, 0, s.length());
        return reader.at(toks, 0, toks.size());
    }

    private static String covered(String s, NumberReader.Hit h) {
        List<Token> toks = Tokenizer.tokenize(s, 0, s.length());
        return s.substring(toks.get(h.start()).start(), toks.get(h.end() - 1).end());
    }

    @Test
    void at_hedgesRangesAndVaguePlurals_conservativeValue() {
        assertEquals(50, at("at least 50 people").value());
        assertEquals(3000, at("3000-3500 families").value());
        assertEquals(3, at("between 3 and 5 tanks").value());
        assertEquals(12, at("dozens of trucks").value());
        assertEquals(1000, at("thousands of families").value());
        assertEquals(100, at("hundreds of people").value());
        assertEquals("hundreds", covered("hundreds of people", at("hundreds of people")));
    }

    @Test
    void at_vaguePluralOfMultiplier_multipliesAndCoversBoth() {
        String s = "hundreds of thousands of people";
        assertEquals(100000, at(s).value());
        assertEquals("hundreds of thousands", covered(s, at(s)));
        assertEquals(10000, at("tens of thousands fled").value());
        assertEquals(1000000, at("millions of Syrians").value());
        assertEquals(500000, at("half a million people").value());
    }

    @Test
    void at_decimalWithMultiplier_wholeRoundedDown() {
        assertEquals(1500000, at("1.5 million people").value());
        assertEquals(6700000, at("6.7 million Syrians").value());
        assertEquals(2250, at("2.25 thousand").value());
    }

    @Test
    void at_decimalAlone_hitWithoutValue() {
        NumberReader.Hit h = at("4.2 airstrikes a day");
        assertNotNull(h);
        assertNull(h.value());
    }

    @Test
    void at_articleAlone_noAmount() {
        // "a tank" is one only where a reader knows the noun is countable; "a" alone is no number
        assertNull(at("a tank"));
        assertNull(at("large amounts of ammunition"));
    }

    @Property
    void at_anyGroupedWholeNumber_readsItsValue(@ForAll @IntRange(min = 0, max = 2_000_000_000) int v) {
        String s = String.format(Locale.ROOT, "%,d people fled", v);
        assertEquals(v, at(s).value());
    }

    @Property
    void at_anyOneDecimalMillion_isWholeAndRoundedDown(@ForAll @IntRange(min = 0, max = 999) int whole,
                                                        @ForAll @IntRange(min = 0, max = 9) int tenth) {
        assertEquals(whole * 1_000_000 + tenth * 100_000, at(whole + "." + tenth + " million people").value());
    }

    @Property
    void at_vaguePluralOfThousands_neverBelowTheThousands(@ForAll("vague") String word) {
        int alone = at(word + " of people").value();
        assertEquals(alone * 1000, at(word + " of thousands of people").value());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> vague() {
        return net.jqwik.api.Arbitraries.of("tens", "dozens", "hundreds", "scores");
    }
}
