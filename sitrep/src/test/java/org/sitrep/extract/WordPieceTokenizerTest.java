package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
    private static final Map<String, Integer> VOCAB = Map.ofEntries(Map.entry("[UNK]", 0), Map.entry("shell", 1),
            Map.entry("##ing", 2), Map.entry("the", 3), Map.entry(",", 4), Map.entry("town", 5),
            Map.entry("cafe", 6), Map.entry("##s", 7), Map.entry("-", 8), Map.entry("al", 9), Map.entry("\u4e2d", 10),
            Map.entry("'", 11), Map.entry("s", 12));
    private final WordPieceTokenizer tok = new WordPieceTokenizer(VOCAB);

    @Test
    void words_lowerCasedAndCutIntoTheLongestPieces() {
        assertArrayEquals(new int[] {1, 2, 3, 5, 4}, tok.ids("Shelling the TOWN,"));
        assertArrayEquals(new int[] {1, 7}, tok.ids("shells"));
    }

    @Test
    void accentsAreStripped_punctuationIsAWordOfItsOwn() {
        assertArrayEquals(new int[] {6, 7}, tok.ids("Cafés"));
        assertArrayEquals(new int[] {9, 8, 5}, tok.ids("al-town"));
        assertArrayEquals(new int[] {5, 11, 12}, tok.ids("town's"));
    }

    @Test
    void aWordWithAnUncutRest_isOneUnknownPiece() {
        // "shell" is known but "x" after it is not: the whole word is unknown, not "shell" plus an unknown
        assertArrayEquals(new int[] {3, 0, 5}, tok.ids("the shellx town"));
    }

    @Test
    void controlCharactersDropped_cjkCharactersSplit_anySpaceSeparates() {
        assertArrayEquals(new int[] {3, 5}, tok.ids("the\u0007\u00a0town"));
        assertArrayEquals(new int[] {5, 10, 5}, tok.ids("town\u4e2dtown"));
        assertArrayEquals(new int[0], tok.ids(" \t\n "));
    }

    @Test
    void aVocabularyWithoutTheUnknownPiece_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WordPieceTokenizer(Map.of("town", 0)));
    }

    @Property
    void anyText_givesOnlyPiecesOfTheVocabulary(@ForAll String text) {
        for (int id : tok.ids(text)) {
            assertTrue(id >= 0 && id <= 12, "piece id " + id);
        }
    }
}
