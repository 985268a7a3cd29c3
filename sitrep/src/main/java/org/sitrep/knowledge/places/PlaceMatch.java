package org.sitrep.knowledge.places;

import java.util.Comparator;

/** A gazetteer entry proposed for a mention, the name that matched and how similar it is (0..1). */
public record PlaceMatch(Place place, String matchedName, double similarity) {
    /** Most similar first; then the more populous; then by id, so that equal lists come out in one order. */
    public static final Comparator<PlaceMatch> BEST_FIRST = Comparator.comparingDouble(PlaceMatch::similarity)
            .reversed().thenComparing(m -> -m.place().population()).thenComparing(m -> m.place().id());

    /** Of two matches of one entry, the more similar (the first on a tie): for {@code Map.merge}. */
    public static PlaceMatch closer(PlaceMatch a, PlaceMatch b) {
        return a.similarity() >= b.similarity() ? a : b;
    }
}
