package org.sitrep.resolve.actor;

import java.util.Set;
import org.sitrep.knowledge.WordLists;

/** The closed word lists of actor resolution, read once from word_lists.tsv beside this package's classes. */
final class ActorWords {
    static final WordLists LISTS = WordLists.load(ActorWords.class, "/org/sitrep/resolve/actor/word_lists.tsv",
            IllegalStateException::new);

    private ActorWords() {
    }

    static Set<String> of(String name) {
        return LISTS.get(name);
    }
}
