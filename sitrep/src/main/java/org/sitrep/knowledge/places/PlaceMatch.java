package org.sitrep.knowledge.places;

/** A gazetteer entry proposed for a mention, the name that matched and how similar it is (0..1). */
public record PlaceMatch(Place place, String matchedName, double similarity) {
}
