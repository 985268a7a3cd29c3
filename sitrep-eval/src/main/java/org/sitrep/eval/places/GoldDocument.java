package org.sitrep.eval.places;

import java.util.List;
import java.util.Objects;

/** One document of a labelled geoparsing corpus; {@code split} is "dev", "test" or null when the corpus has none. */
public record GoldDocument(String id, String split, String text, List<GoldToponym> toponyms) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        toponyms = List.copyOf(toponyms);
        for (GoldToponym t : toponyms) {
            if (t.mention().span().end() > text.length()) {
                throw new IllegalArgumentException(id + ": toponym '" + t.mention().text() + "' beyond the text");
            }
        }
    }
}
