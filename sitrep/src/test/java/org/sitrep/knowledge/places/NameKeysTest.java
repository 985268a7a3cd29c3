package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.LatinFolder;
import org.sitrep.knowledge.NameKey;

class NameKeysTest {
    @Test
    void of_accentedArabicAndAsciiNames_agreeWithNameKeyAndSkeletonKey() {
        LatinFolder folder = new LatinFolder();
        for (String n : List.of("Ḩamāh", "Şanlıurfa", "Dayr az Zawr", "دير الزور", "Qāmişlī", "Œuvre", "Ærø",
                "Straße", "Al‘Ashārah", "Ae\u0301d", "ÆGIR", "Ægir", "")) {
            NameKeys k = NameKeys.of(n, folder);
            assertEquals(NameKey.of(n), k.key(), n);
            assertEquals(SkeletonKey.of(n), k.skeleton(), n);
        }
    }

    @Test
    void of_everyGazetteerName_agreesWithNameKeyAndSkeletonKey() {
        LatinFolder folder = new LatinFolder();
        for (Place p : Gazetteer.get().entries()) {
            for (String n : p.names()) {
                NameKeys k = NameKeys.of(n, folder);
                assertEquals(NameKey.of(n), k.key(), n);
                assertEquals(SkeletonKey.of(n), k.skeleton(), n);
            }
        }
    }
}
