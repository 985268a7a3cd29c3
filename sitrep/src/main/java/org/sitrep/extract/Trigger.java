package org.sitrep.extract;

import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * An event word from triggers.tsv: the type it points to (null for words like "killed" whose type depends on
 * the rest of the clause), how strongly, its PLOVER mode and tags (kill, injure, destroy, generic, territory, count).
 */
record Trigger(String phrase, boolean verb, SubEventType type, int weight, String ploverMode, Set<String> tags) {
    boolean has(String tag) {
        return tags.contains(tag);
    }
}
