package org.sitrep.resolve.place;

import java.util.List;
import org.sitrep.model.Candidate;
import org.sitrep.model.Location;
import org.sitrep.model.Span;

/**
 * One toponym found in a text: where it stands, what it resolved to (null fields when unresolved) and the
 * candidates that were considered.
 */
public record ToponymResult(Span span, String text, String name, Double lat, Double lon, Integer geoPrecision,
                            String gazetteerId, String admin1, String country, List<Candidate> candidates) {
    public ToponymResult {
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
    }

    static ToponymResult of(Location loc) {
        return new ToponymResult(loc.mention().span(), loc.mention().text(), loc.resolved() ? loc.name() : null,
                loc.lat(), loc.lon(), loc.geoPrecision(), loc.gazetteerId(), loc.admin1(), loc.country(),
                loc.candidates());
    }

    public boolean resolved() {
        return lat != null;
    }
}
