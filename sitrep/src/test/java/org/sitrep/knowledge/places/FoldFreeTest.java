package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FoldFreeTest {
    @Test
    void arabic_arabicLetterAndMark_true() {
        assertTrue(FoldFree.arabic('\u0628')); // beh
        assertTrue(FoldFree.arabic('\u0629')); // teh marbuta
    }

    @Test
    void arabic_latinCommonOrInherited_false() {
        assertFalse(FoldFree.arabic('a'));
        assertFalse(FoldFree.arabic('\u00e9'));
        assertFalse(FoldFree.arabic('\u2019'));
        assertFalse(FoldFree.arabic('\u064e')); // fatha: Inherited script, inside Latin-ASCII's filter
    }

    @Test
    void arabic_everyAcceptedUnit_keptByLatinAsciiAndLowerCase() {
        Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII");
        int accepted = 0;
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            if (!FoldFree.arabic(c)) {
                continue;
            }
            accepted++;
            // between ASCII letters and beside a combining mark, where composition could reach across
            String s = "Ab" + c + "e\u0301" + c + "z";
            String folded = latinAscii.transliterate(s);
            String code = "U+" + Integer.toHexString(c);
            assertEquals(c, folded.charAt(2), code);
            assertEquals(c, folded.charAt(folded.length() - 2), code);
            assertEquals(String.valueOf(c), String.valueOf(c).toLowerCase(Locale.ROOT));
        }
        assertTrue(accepted > 200, "accepted " + accepted);
    }
}
