package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextQualityTest {
    @Test
    void check_englishArabicAndFrenchProse_pass() {
        assertDoesNotThrow(() -> TextQuality.check("a", "Shells hit the market on Monday, officials said."));
        assertDoesNotThrow(() -> TextQuality.check("a", "\u0642\u0635\u0641 \u0645\u062f\u0641\u0639\u064a "
                + "\u0639\u0644\u0649 \u062d\u064a"));
        assertDoesNotThrow(() -> TextQuality.check("a", "Le march\u00e9 a rouvert apr\u00e8s la tr\u00eave."));
    }

    @Test
    void check_symbolsAndKeyboardMash_refusedAsNoise() {
        IngestException e = assertThrows(IngestException.class,
                () -> TextQuality.check("n.txt", "x9#kq!zP@@ 7&&^%% qwrtzp 11010 %%$#@! bcdfgh ##!! 0xff 42"));
        assertTrue(e.problem().contains("noise"), e.problem());
        assertThrows(IngestException.class, () -> TextQuality.check("n.txt", "1234 5678 ---- ****"));
    }

    @Test
    void check_nothingVisible_refused() {
        IngestException e = assertThrows(IngestException.class, () -> TextQuality.check("n.txt", " \n\t "));
        assertTrue(e.problem().contains("no text"), e.problem());
    }
}
