package org.sitrep.resolve.place;

import org.sitrep.model.ToponymResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToponymsTest {
    private final Toponyms toponyms = new Toponyms();

    @Test
    void tag_sentenceWithTowns_offsetsAndResolution() {
        String text = "Government troops advanced from As-Safira towards Khanasser, south-east of Aleppo.";
        List<ToponymResult> rs = toponyms.tag(text);
        List<String> found = rs.stream().map(ToponymResult::text).toList();
        assertTrue(found.containsAll(List.of("As-Safira", "Khanasser", "Aleppo")), found.toString());
        for (ToponymResult r : rs) {
            assertEquals(r.text(), text.substring(r.span().start(), r.span().end()));
        }
        ToponymResult aleppo = rs.stream().filter(r -> r.text().equals("Aleppo")).findFirst().orElseThrow();
        assertEquals("geonames:170063", aleppo.gazetteerId());
    }

    @Test
    void tag_newsSpellingOfATownInTheAliases_spottedAndResolved() {
        // "Kinsabba" was resolvable by similarity but never spotted in running text before its alias row
        List<ToponymResult> rs = toponyms.tag("Regime forces shelled Kinsabba in the Latakia countryside.");
        ToponymResult k = rs.stream().filter(r -> r.text().equals("Kinsabba")).findFirst().orElseThrow();
        assertEquals("geonames:167863", k.gazetteerId());
    }

    @Test
    void tag_lowercaseWords_notToponyms() {
        List<ToponymResult> rs = toponyms.tag("they said hope and mercy were in short supply");
        assertTrue(rs.isEmpty(), rs.toString());
    }

    @Test
    void tag_arabicScript_found() {
        List<ToponymResult> rs = toponyms.tag("قصف على خناصر");
        assertFalse(rs.isEmpty());
        assertEquals("geonames:168351", rs.get(0).gazetteerId());
    }

    @Test
    void tag_supplyLine_resolvedToNamedRoad() {
        List<ToponymResult> rs = toponyms.tag("IS fighters cut the Khanasser road. The army vowed to reopen the supply line.");
        ToponymResult line = rs.stream().filter(r -> r.text().contains("supply line")).findFirst().orElseThrow();
        assertEquals("road:khanasser", line.gazetteerId());
    }

    @Test
    void tag_nameWrittenWithoutItsAynMarks_spottedAndResolved() {
        // GeoNames writes Ma‘arrat an Nu‘mān and Tall Rif‘at; the English press drops the marks and joins the word
        List<ToponymResult> rs = toponyms.tag("Rebels shelled Maarrat an-Numan and Tall Rifat on Monday.");
        List<String> found = rs.stream().map(ToponymResult::text).toList();
        assertTrue(found.containsAll(List.of("Maarrat an-Numan", "Tall Rifat")), found.toString());
        ToponymResult maarrat = rs.stream().filter(r -> r.text().equals("Maarrat an-Numan")).findFirst().orElseThrow();
        assertEquals("geonames:167611", maarrat.gazetteerId());
    }

    private List<String> spotted(String text) {
        return toponyms.mentions(text).stream().map(m -> m.text()).toList();
    }

    @Test
    void mentions_placeInsideKnownGroupName_notAToponym() {
        List<String> found = spotted("Fighters of Hayat Tahrir al-Sham and Ahrar al-Sham entered Saraqib; the "
                + "Islamic State of Iraq and al-Sham withdrew towards Raqqa.");
        assertTrue(found.containsAll(List.of("Saraqib", "Raqqa")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.equalsIgnoreCase("al-Sham") || t.equals("Iraq")), found.toString());
        List<String> halab = spotted("The Fateh Halab operations room shelled positions near Aleppo.");
        assertEquals(List.of("Aleppo"), halab);
    }

    @Test
    void mentions_placeAfterUnitHeadWord_notAToponym() {
        // "Liwaa" is not how the knowledge base spells Liwa al-Quds: the head word alone marks a group's name
        List<String> found = spotted("Liwaa Al-Quds fighters moved into Jaysh Halab positions outside Hama.");
        assertEquals(List.of("Hama"), found);
    }

    @Test
    void mentions_oneWordActorNameOrPlainPlace_stillToponyms() {
        // a country is an actor too: its name alone stays a place
        List<String> found = spotted("Turkey sent troops to Afrin while the army held Damascus.");
        assertTrue(found.containsAll(List.of("Turkey", "Afrin", "Damascus")), found.toString());
    }
}
