package org.sitrep.model.analysis;

import java.util.List;

/** A series of buckets over a span, what it counts, and notes on what was left out and why. */
public record Series(SeriesFilter filter, List<SeriesPoint> points, List<String> notes) {
    public Series {
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }
}
