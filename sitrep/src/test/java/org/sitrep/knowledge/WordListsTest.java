package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {
    @Test
    void load_readsNamedListsAndSkipsComments() {
        WordLists w = WordLists.load(WordListsTest.class, "word_lists_ok.tsv", IllegalStateException::new);
        assertEquals(Set.of("was", "were", "is"), w.get("be"));
        assertEquals(Set.of("be", "with"), w.names());
    }

    @Test
    void get_unknownName_failsNamingFileAndList() {
        WordLists w = WordLists.load(WordListsTest.class, "word_lists_ok.tsv", IllegalStateException::new);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.get("nope"));
        assertTrue(e.getMessage().contains("word_lists_ok.tsv") && e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void load_wordTwiceInAList_failsNamingLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(WordListsTest.class, "word_lists_twice.tsv", IllegalStateException::new));
        assertTrue(e.getMessage().contains("word_lists_twice.tsv line 1"), e.getMessage());
    }

    @Test
    void load_listDefinedTwice_failsNamingLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.load(WordListsTest.class, "word_lists_dup.tsv", IllegalStateException::new));
        assertTrue(e.getMessage().contains("word_lists_dup.tsv line 2"), e.getMessage());
    }
}
