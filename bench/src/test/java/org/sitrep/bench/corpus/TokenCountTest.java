package org.sitrep.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenCountTest {

    @Test
    void of_wordsAndPunctuation_countsEachPunctuationMark() {
        assertEquals(4, TokenCount.of("al-Nusra,"));
        assertEquals(7, TokenCount.of("  Shells hit Homs (again).\n"));
    }

    @Test
    void of_blankOrEmpty_isZero() {
        assertEquals(0, TokenCount.of(""));
        assertEquals(0, TokenCount.of(" \t\u00A0\n"));
    }

    @Test
    void of_nonLatinAndDigits_areWordTokens() {
        assertEquals(3, TokenCount.of("حلب 2016 Aleppo"));
        assertEquals(3, TokenCount.of("3.5"));
    }
}
