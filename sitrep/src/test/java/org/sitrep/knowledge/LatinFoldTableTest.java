package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatinFoldTableTest {
    @Test
    void shipped_sameAsComputedFromIcu() {
        List<String> shipped = BundledResource.lines(LatinFoldTable.class, LatinFoldTable.FILE);
        List<String> computed = LatinFoldTableWriter.render().lines().toList();
        assertEquals(computed, shipped, "latin-ascii.tsv is stale: rerun scripts/gazetteer/build.sh --keys-only");
    }

    @Test
    void folder_everyUnitBetweenLetters_sameAsTransliterator() {
        Transliterator latinAscii = Transliterator.getInstance("Latin-ASCII");
        LatinFolder folder = new LatinFolder();
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = "Ab" + (char) c + "z";
            assertEquals(latinAscii.transliterate(s), folder.fold(s), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void parse_listedFoldedDroppedAndInContext() {
        LatinFoldTable t = LatinFoldTable.parse(List.of("# c", LatinFoldTable.HEADER, "00e9\t0065", "00ad\t",
                "00c4\t*"), "t.tsv");
        assertEquals("e", t.fold('\u00e9'));
        assertEquals("", t.fold('\u00ad'));
        assertTrue(t.inContext('\u00c4'));
        assertTrue(t.inContext('\u0301'), "a combining mark folds with its base, listed or not");
        assertNull(t.fold('\u0628'), "an unlisted unit stays as it is");
        assertTrue(t.keeps('\u0628'));
        assertFalse(t.keeps('\u00e9'));
    }

    @Test
    void parse_badRows_nameFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LatinFoldTable.parse(List.of(LatinFoldTable.HEADER, "00e9 0065"), "t.tsv"));
        assertEquals("t.tsv line 2: expected 2 tab-separated columns, found 1", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> LatinFoldTable.parse(List.of(LatinFoldTable.HEADER, "00e9\t65"), "t.tsv"));
        assertEquals("t.tsv line 2: bad unit '65'", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> LatinFoldTable.parse(List.of(LatinFoldTable.HEADER, "00e9\t0065", "00e9\t0066"), "t.tsv"));
        assertEquals("t.tsv line 3: unit 00e9 twice", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> LatinFoldTable.parse(List.of(LatinFoldTable.HEADER, "e9\t0065"), "t.tsv"));
        assertEquals("t.tsv line 2: expected a four-digit unit, a tab and its folding", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> LatinFoldTable.parse(List.of("00e9\t0065"), "t.tsv"));
        assertEquals("t.tsv: expected a header row starting with 'unit'", e.getMessage());
    }
}
