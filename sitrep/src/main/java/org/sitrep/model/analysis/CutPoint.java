package org.sitrep.model.analysis;

/** Where along a route a state holds: a named place on or near its line. */
public record CutPoint(String name, double lat, double lon) {
}
