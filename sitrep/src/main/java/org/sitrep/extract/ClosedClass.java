package org.sitrep.extract;

import java.util.Set;
import org.sitrep.knowledge.WordLists;

/** The closed word lists of extraction (grammar words and small cue sets), read once from word_lists.tsv. */
final class ClosedClass {
    static final WordLists LISTS = WordLists.load(ClosedClass.class, DataFile.DIR + "word_lists.tsv",
            DataFile.DataException::new);

    private ClosedClass() {
    }

    static Set<String> of(String name) {
        return LISTS.get(name);
    }
}
