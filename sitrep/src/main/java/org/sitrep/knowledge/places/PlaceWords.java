package org.sitrep.knowledge.places;

import java.util.Set;
import org.sitrep.knowledge.WordLists;

/**
 * The closed word lists of place names (romanised articles, demonym endings), read once from place_words.tsv.
 * Language knowledge, not gazetteer data: a gazetteer read from another directory uses the same lists.
 */
final class PlaceWords {
    private static final WordLists LISTS = WordLists.load(PlaceWords.class,
            "/org/sitrep/knowledge/places/place_words.tsv", IllegalStateException::new);

    private PlaceWords() {
    }

    static Set<String> of(String name) {
        return LISTS.get(name);
    }

    static Set<String> names() {
        return LISTS.names();
    }
}
