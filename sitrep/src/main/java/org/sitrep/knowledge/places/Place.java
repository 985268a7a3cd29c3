package org.sitrep.knowledge.places;

import java.util.List;
import java.util.Objects;

/**
 * One gazetteer entry. {@code id} is namespaced ("geonames:170063", "ne:SY-HL", "sup:ithriyah", "road:m5").
 * {@code names} holds every name the entry is known by, the primary one first. {@code admin1} is the
 * Natural Earth admin-1 id ("SY-HL") or null when unknown; {@code population} 0 means unknown.
 * {@code accuracyKm} says how far the point may be from the real place; {@code waypoints} (roads, rivers only)
 * are ids of other entries in order; their coordinates are those of the middle waypoint.
 */
public record Place(String id, String name, List<String> names, double lat, double lon, PlaceKind kind,
                    String featureCode, String country, String admin1, long population, double accuracyKm,
                    List<String> waypoints) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        names = List.copyOf(names);
        waypoints = List.copyOf(waypoints == null ? List.of() : waypoints);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException(id + ": coordinates out of range " + lat + "," + lon);
        }
    }
}
