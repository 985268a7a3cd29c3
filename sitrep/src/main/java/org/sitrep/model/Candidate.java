package org.sitrep.model;

/** A gazetteer entry considered for a place mention, with the score it got. */
public record Candidate(String gazetteerId, String name, double lat, double lon, String country, String admin1,
                        double score) {
}
