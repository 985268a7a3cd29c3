package org.sitrep.model;

/**
 * A longitude/latitude box, as a map's view is: west, south, east, north in degrees. A box whose west edge is east
 * of its east edge crosses the antimeridian (170,-10,-170,10 holds longitudes 170..180 and -180..-170). Edges are
 * inside the box.
 */
public record Box(double minLon, double minLat, double maxLon, double maxLat) {
    public Box {
        if (!(minLon >= -180 && minLon <= 180) || !(maxLon >= -180 && maxLon <= 180)) {
            throw new IllegalArgumentException("longitudes are -180 to 180, not " + minLon + " and " + maxLon);
        }
        if (!(minLat >= -90 && minLat <= 90) || !(maxLat >= -90 && maxLat <= 90)) {
            throw new IllegalArgumentException("latitudes are -90 to 90, not " + minLat + " and " + maxLat);
        }
        if (minLat > maxLat) {
            throw new IllegalArgumentException("south edge " + minLat + " is north of north edge " + maxLat);
        }
    }

    /** Parses "MINLON,MINLAT,MAXLON,MAXLAT", e.g. "36.5,35.5,38.5,37" (the order of GeoJSON's and OSM's bbox). */
    public static Box parse(String s) {
        String[] parts = s.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected MINLON,MINLAT,MAXLON,MAXLAT but got '" + s + "'");
        }
        try {
            return new Box(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected MINLON,MINLAT,MAXLON,MAXLAT as numbers but got '" + s + "'",
                    e);
        }
    }

    /** Whether the box crosses the antimeridian (its west edge lies east of its east edge). */
    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    public boolean contains(double lat, double lon) {
        boolean inLon = crossesAntimeridian() ? lon >= minLon || lon <= maxLon : lon >= minLon && lon <= maxLon;
        return inLon && lat >= minLat && lat <= maxLat;
    }
}
