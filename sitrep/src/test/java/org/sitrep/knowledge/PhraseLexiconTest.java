package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {
    @Test
    void addTokens_foldedTokens_sameLookupsAsAdd() {
        List<String> names = List.of("Ra’s al-‘Ayn", "Ḩamāh", "دير الزور", "Tell Abyad");
        PhraseLexicon.Builder byName = PhraseLexicon.builder();
        PhraseLexicon.Builder byTokens = PhraseLexicon.builder();
        for (int i = 0; i < names.size(); i++) {
            byName.add(names.get(i), "e" + i);
            byTokens.addTokens(NameKey.tokens(names.get(i)), "e" + i);
        }
        PhraseLexicon a = byName.build();
        PhraseLexicon b = byTokens.build();
        assertEquals(a.size(), b.size());
        for (String probe : List.of("ras al ayn", "Hamah", "HAMAH", "دير الزور", "tell abyad", "Tell")) {
            assertEquals(a.lookup(probe), b.lookup(probe), probe);
        }
        assertEquals(List.of("e1"), b.lookup("Hamah"));
    }

    @Test
    void addTokens_noTokens_rejected() {
        assertThrows(IllegalArgumentException.class, () -> PhraseLexicon.builder().addTokens(List.of(), "x"));
    }

    @Test
    void longText_scannedByStretches_findsWhatEachPartHolds_namesAcrossStretchEndsToo() {
        PhraseLexicon lex = PhraseLexicon.builder().add("Deir ez-Zor", "d").add("Aleppo", "a").add("Deir", "x").build();
        String unit = "Shelling hit Deir ez-Zor and Aleppo on Monday; "; // 47 characters, no stretch aligns with it
        int times = 3 * PhraseLexicon.CHUNK / unit.length() + 7;
        String text = unit.repeat(times);
        List<NameHit> hits = lex.scan(text);
        assertEquals(2 * times, hits.size());
        for (int k = 0; k < times; k++) {
            NameHit d = hits.get(2 * k);
            assertEquals("Deir ez-Zor", d.matched(), "hit " + 2 * k);
            assertEquals(k * unit.length() + 13, d.span().start());
            assertEquals(List.of("d"), d.entryIds());
            assertEquals("Aleppo", hits.get(2 * k + 1).matched());
        }
    }

    @Test
    void hits_shareTheEntrysIds_andBuilderIsSpentOnceBuilt() {
        PhraseLexicon.Builder b = PhraseLexicon.builder().add("Aleppo", "a").add("aleppo", "b");
        PhraseLexicon lex = b.build();
        List<NameHit> hits = lex.scan("Aleppo and ALEPPO");
        assertEquals(List.of("a", "b"), hits.get(0).entryIds());
        org.junit.jupiter.api.Assertions.assertSame(hits.get(0).entryIds(), hits.get(1).entryIds());
        assertEquals(List.of("a", "b"), lex.lookup("Aleppo"));
        assertThrows(IllegalStateException.class, () -> b.add("Homs", "h"));
        assertThrows(IllegalStateException.class, b::build);
    }
}
