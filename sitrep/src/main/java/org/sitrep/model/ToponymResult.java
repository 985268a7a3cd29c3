package org.sitrep.model;

import java.util.List;

/**
 * One toponym found in a text: where it stands, what it resolved to (null fields when unresolved) and the
 * candidates that were considered.
 */
public record ToponymResult(Span span, String text, String name, Double lat, Double lon, Integer geoPrecision,
                            String gazetteerId, String admin1, String country, List<Candidate> candidates) {
    public ToponymResult {
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
    }

    public static ToponymResult of(Location loc) {
        return new ToponymResult(loc.mention().span(), loc.mention().text(), loc.resolved() ? loc.name() : null,
                loc.lat(), loc.lon(), loc.geoPrecision(), loc.gazetteerId(), loc.admin1(), loc.country(),
                loc.candidates());
    }

    public boolean resolved() {
        return lat != null;
    }
}
