package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {
    private final TextSimilarity text = TextSimilarity.standard();

    @Test
    void dice_sameContentWordsDifferentFunctionWords_isOne() {
        assertEquals(1.0, TextSimilarity.dice(text.words("Jets bombed the market on Monday"),
                text.words("jets bombed a market")));
    }

    @Test
    void dice_pluralAndSingular_agree() {
        assertEquals(1.0, TextSimilarity.dice(text.words("rockets hit schools"), text.words("rocket hit school")));
    }

    @Test
    void dice_unrelatedSentences_isZero() {
        assertEquals(0.0, TextSimilarity.dice(text.words("protesters marched downtown"),
                text.words("jets bombed the market")));
    }

    @Property
    void dice_isSymmetricAndBounded(@ForAll String a, @ForAll String b) {
        double ab = TextSimilarity.dice(text.words(a), text.words(b));
        assertEquals(ab, TextSimilarity.dice(text.words(b), text.words(a)));
        assertTrue(ab >= 0 && ab <= 1);
    }
}
