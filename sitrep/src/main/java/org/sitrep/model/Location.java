package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a report places its event. Coordinates are null when the place is unresolved; then
 * {@code candidates} lists what was considered. {@code geoPrecision} follows ACLED (1 town, 2 near/part, 3 region).
 */
public record Location(String name, Mention mention, Double lat, Double lon, Integer geoPrecision,
                       String gazetteerId, String admin1, String country, List<Candidate> candidates) {
    public Location {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon come together");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
        if (geoPrecision != null && (geoPrecision < 1 || geoPrecision > 3)) {
            throw new IllegalArgumentException("geo_precision must be 1..3: " + geoPrecision);
        }
        candidates = List.copyOf(candidates == null ? List.of() : candidates);
    }

    public static Location unresolved(Mention mention) {
        return new Location(mention.text(), mention, null, null, null, null, null, null, List.of());
    }

    public boolean resolved() {
        return lat != null;
    }
}
