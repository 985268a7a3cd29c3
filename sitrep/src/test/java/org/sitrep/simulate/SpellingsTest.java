package org.sitrep.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Other spellings of a village, and the English form of a gazetteer name. */
class SpellingsTest {
    private final Spellings spellings = Spellings.bundled();

    @Test
    void tellTallTal_kafrKfar_alEl() {
        assertTrue(spellings.variants("Tall Rifat").containsAll(List.of("Tell Rifat", "Tal Rifat")));
        assertTrue(spellings.variants("Kafr Nabl").contains("Kfar Nabl"));
        assertTrue(spellings.variants("al-Mayadin").containsAll(List.of("El-Mayadin", "Al Mayadin", "Mayadin")));
    }

    @Test
    void articleDroppedOnlyAtTheStart_wordsMatchedWhole() {
        List<String> v = spellings.variants("Ras al-Ayn");
        assertTrue(v.contains("Ras el-Ayn"), v::toString);
        assertTrue(v.stream().noneMatch(s -> s.equals("Ras Ayn")), v::toString);
        assertTrue(spellings.variants("Tallkalakh").isEmpty(), "Tall inside a word is no word Tall");
    }

    @Test
    void englishName_withoutMarks_articleJoined() {
        assertEquals("ar-Raqqah", PlaceNames.english("Ar Raqqah"));
        assertEquals("Tall Rifat", PlaceNames.english("Tall Rif\u2018at"));
        assertEquals("Jisr ash-Shughur", PlaceNames.english("Jisr ash Shugh\u016br"));
        assertEquals("Ayn al-Arab", PlaceNames.english("\u2018Ayn al \u2018Arab"));
    }
}
