package org.sitrep.model.analysis;

/** A place of the gazetteer the analysis answers about. */
public record PlaceRef(String name, String gazetteerId, double lat, double lon) {
}
