package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RomanisationTest {
    @Test
    void newsroomSpellings_meetGeoNamesSpellingsAsTheSameLooseForm() {
        String[][] same = {{"Tell Abiad", "Tall Abiad"}, {"Tal Tamr", "Tell Tamr"}, {"Kfar Nabl", "Kafr Nabl"},
                {"Kefr Nabl", "Kafr Nabl"}, {"Ein Issa", "Ayn Issa"}, {"Ain Issa", "Ayn Issa"},
                {"Sheikh Maqsoud", "Shaykh Maqsud"}, {"Deir Ezzor", "Dayr az Zawr"}, {"Deir ez-Zor", "Dayr az Zawr"},
                {"Maaret al-Numan", "Ma'arrat an Nu'man"}, {"Salamieh", "Salamiyah"}, {"Safireh", "as-Safira"},
                {"Khirbet Ghazaleh", "Khirbat Ghazalah"}};
        for (String[] p : same) {
            assertEquals(SkeletonKey.loose(p[1]), SkeletonKey.loose(p[0]), p[0] + " / " + p[1]);
            assertTrue(NameSimilarity.score(p[0], p[1]) >= Gazetteer.FOREIGN_MIN_SIMILARITY, p[0] + " / " + p[1]);
        }
    }

    @Test
    void otherWords_keepTheirSpelling() {
        Romanisation r = Romanisation.shipped();
        assertEquals("aleppo", r.word("aleppo"));
        assertEquals("beit", r.word("beit").equals("bayt") ? "beit" : "not folded");
        assertNotEquals(SkeletonKey.loose("Hama"), SkeletonKey.loose("Homs"));
    }

    @Test
    void aVariantWithOtherConsonants_isRejectedNamingFileAndLine() {
        GazetteerData.Source bad = file -> List.of("kind\tvariant\tform\tnote", "token\tsheik\tshaykh\tx");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Romanisation.read(bad));
        assertTrue(e.getMessage().contains("romanisation.tsv line 2"), e.getMessage());
    }

    @Test
    void letterRows_pairConsonantsEitherWay() {
        Romanisation r = Romanisation.shipped();
        assertTrue(r.sameLetter('q', 'k') && r.sameLetter('k', 'q'));
        assertFalse(r.sameLetter('s', 'm'));
    }

    @Test
    void aLetterRowWithAVowel_isRejectedNamingFileAndLine() {
        GazetteerData.Source bad = file -> List.of("kind\tvariant\tform\tnote", "letter\ta\tk\tx");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Romanisation.read(bad));
        assertTrue(e.getMessage().contains("romanisation.tsv line 2"), e.getMessage());
    }
}
