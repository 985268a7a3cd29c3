package org.sitrep.knowledge.places;

import java.util.Locale;

/** What sort of thing a gazetteer entry is; drives geo_precision and ranking. */
public enum PlaceKind {
    POPULATED_PLACE, ADMIN1, CROSSING, AIRBASE, DAM, OILFIELD, DISTRICT, ROAD, RIVER;

    /** Parses the lower-case codes used in the data files ("populated", "airbase", ...). */
    public static PlaceKind fromCode(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "populated" -> POPULATED_PLACE;
            case "admin1" -> ADMIN1;
            case "crossing" -> CROSSING;
            case "airbase" -> AIRBASE;
            case "dam" -> DAM;
            case "oilfield" -> OILFIELD;
            case "district" -> DISTRICT;
            case "road" -> ROAD;
            case "river" -> RIVER;
            default -> throw new IllegalArgumentException("unknown place kind '" + code + "'");
        };
    }

    /** Linear features are placed at a waypoint, never at a point of their own. */
    public boolean linear() {
        return this == ROAD || this == RIVER;
    }
}
