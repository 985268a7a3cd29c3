package org.sitrep.model.analysis;

/** A stretch of a route between two of its towns on a day, with where it is cut (null when not known). */
public record Segment(Town from, Town to, RouteState status, CutPoint cutAt) {
}
