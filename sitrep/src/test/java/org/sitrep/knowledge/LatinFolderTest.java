package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;

class LatinFolderTest {
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

    @Test
    void fold_accentsLigaturesMarksAndOtherScripts_sameAsTransliterator() {
        LatinFolder folder = new LatinFolder();
        for (String n : List.of("Ḩamāh", "Şanlıurfa", "Œuvre", "ŒUVRE", "Ærø", "ÆRØ", "Straße", "STRAẞE",
                "Al‘Ashārah", "Ae\u0301d", "Москва", "Ǆemal", "ǅemal", "Plain", "",
                "he said… then", "“Deir ez-Zor”", "• Raqqa — 12 killed", "© 2015", "Ω½ ﬁre", "حلب Aleppo")) {
            assertEquals(LATIN_ASCII.transliterate(n), folder.fold(n), n);
            assertEquals(LATIN_ASCII.transliterate(n), folder.fold(n), n + " (remembered)");
        }
    }

    @Test
    void fold_everyGazetteerName_sameAsTransliterator() {
        LatinFolder folder = new LatinFolder();
        for (Place p : Gazetteer.get().entries()) {
            for (String n : p.names()) {
                assertEquals(LATIN_ASCII.transliterate(n), folder.fold(n), n);
            }
        }
    }
}
