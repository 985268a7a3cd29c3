package org.sitrep.knowledge.places;

import java.util.Locale;

/** What sort of thing a gazetteer entry is; drives geo_precision and ranking. */
public enum PlaceKind {
    POPULATED_PLACE,
    /**
     * A Levant admin-1 unit (a governorate) with its polygon, placed at its seat (the largest PPLA or PPLC town
     * inside it) as ACLED codes region-only events at the regional capital; at the area centroid when no seat is
     * known.
     */
    ADMIN1,
    CROSSING, AIRBASE, DAM, OILFIELD, DISTRICT, ROAD, RIVER,
    /** A country (Natural Earth admin-0), placed at the centroid of its largest part. */
    COUNTRY,
    /** A continent. */
    CONTINENT,
    /** An admin-1 unit outside the Levant (a US state, a French region), a point without polygon. */
    FOREIGN_REGION;

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
            case "country" -> COUNTRY;
            case "continent" -> CONTINENT;
            case "foreign_region" -> FOREIGN_REGION;
            default -> throw new IllegalArgumentException("unknown place kind '" + code + "'");
        };
    }

    /** Areas far bigger than a town: a name matching one is rarely a village of the same name. */
    public boolean wideArea() {
        return this == COUNTRY || this == CONTINENT || this == FOREIGN_REGION;
    }

    /** Linear features are placed at a waypoint, never at a point of their own. */
    public boolean linear() {
        return this == ROAD || this == RIVER;
    }
}
