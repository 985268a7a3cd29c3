package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiersTest {
    @Test
    void englishQualifierBefore_movesAfterInArabic() {
        List<String> s = Qualifiers.swapped("Lower Baqras");
        assertTrue(s.contains("Baqras tahtani"), s::toString);
        assertTrue(Qualifiers.swapped("Eastern Maliha").contains("Maliha sharqiyah"));
    }

    @Test
    void arabicQualifierAfter_withOrWithoutItsArticle_movesBeforeInEnglish() {
        assertTrue(Qualifiers.swapped("Kuwayris Sharqi").contains("eastern Kuwayris"));
        assertTrue(Qualifiers.swapped("Buqrus al-Tahtani").contains("lower Buqrus"));
        assertTrue(Qualifiers.swapped("Surah as Saghirah").contains("little Surah"));
    }

    @Test
    void nameWithoutQualifier_hasNoSwappedForm() {
        assertEquals(List.of(), Qualifiers.swapped("Aleppo"));
        assertEquals(List.of(), Qualifiers.swapped("Tell Abiad"));
        assertEquals(List.of(), Qualifiers.swapped("Lower"));
    }

    @Test
    void gazetteer_findsAVillageUnderItsTranslatedQualifier_onlyInTheLevant() {
        Gazetteer g = Gazetteer.get();
        assertTrue(g.candidates("Lower Buqrus").stream().anyMatch(m -> m.place().id().equals("sup:buqrus-tahtani")));
        assertTrue(g.candidates("Shyookh Tahtani").stream().anyMatch(m -> m.place().id().equals("geonames:164159")));
        assertTrue(g.candidates("Lower Saxony Tahtani").isEmpty());
    }

    @Test
    void partQualifier_namesAPart_notAnotherPlace() {
        assertEquals(java.util.Optional.of("Buqrus"), Qualifiers.withoutPartQualifier("Lower Buqrus"));
        assertEquals(java.util.Optional.of("Dallas"), Qualifiers.withoutPartQualifier("North Dallas"));
        assertEquals(java.util.Optional.empty(), Qualifiers.withoutPartQualifier("New Haven"));
        assertEquals(java.util.Optional.empty(), Qualifiers.withoutPartQualifier("Little Rock"));
        assertEquals(java.util.Optional.empty(), Qualifiers.withoutPartQualifier("Aleppo"));
    }
}
