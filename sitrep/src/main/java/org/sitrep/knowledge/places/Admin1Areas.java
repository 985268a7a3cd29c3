package org.sitrep.knowledge.places;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Polygons of the admin-1 units, kept as their WKT text until the first point-in-polygon question: parsing them
 * (and loading JTS) was a tenth of the gazetteer's cold load, and a process that only spots names never asks.
 * A bad polygon fails on first use, naming the file and the unit; GazetteerTest parses every shipped one.
 * Thread-safe.
 */
final class Admin1Areas {
    private final Map<String, String> wkt;
    private volatile Map<String, Geometry> parsed;
    private volatile Map<String, PointOnGeometryLocator> locators;

    /** {@code wkt}: admin-1 id to polygon WKT. */
    Admin1Areas(Map<String, String> wkt) {
        this.wkt = Map.copyOf(wkt);
    }

    /**
     * A cheap check for load time, constant in the polygon's size: WKT of a (multi)polygon, closed by a
     * parenthesis. The full syntax is checked when the polygons are first parsed (an error then names the file
     * and the unit) and for the shipped file by GazetteerTest; scanning 300 KB of WKT at every load cost more
     * than the rest of the admin-1 file.
     */
    static Optional<String> problem(String text) {
        if (!(text.startsWith("POLYGON") || text.startsWith("MULTIPOLYGON"))) {
            return Optional.of("polygon WKT must start with POLYGON or MULTIPOLYGON");
        }
        return text.endsWith(")") ? Optional.empty() : Optional.of("polygon WKT must end with ')'");
    }

    /** The unit's polygon, or null for an unknown id. */
    Geometry get(String admin1) {
        return all().get(admin1);
    }

    /**
     * Whether the unit's polygon covers the point (inside or on its outline), as {@link Geometry#covers} tells for
     * a point: located by ray crossings through an index of the outline's edges, where {@code covers} built a
     * topology graph of the whole polygon for every question (the dearest part of checking a place against the
     * governorate the text puts it in). False for an unknown unit.
     */
    boolean covers(String admin1, Coordinate c) {
        Map<String, PointOnGeometryLocator> m = locators;
        if (m == null) {
            Map<String, PointOnGeometryLocator> out = new HashMap<>();
            // each locator indexes its polygon on its first question (thread-safe); threads racing here build
            // equal maps and one is kept
            all().forEach((id, g) -> out.put(id, new IndexedPointInAreaLocator(g)));
            m = Map.copyOf(out);
            locators = m;
        }
        PointOnGeometryLocator l = m.get(admin1);
        return l != null && l.locate(c) != Location.EXTERIOR;
    }

    /** Every polygon by admin-1 id. */
    Map<String, Geometry> all() {
        Map<String, Geometry> m = parsed;
        if (m == null) {
            synchronized (this) {
                m = parsed;
                if (m == null) {
                    m = parse();
                    parsed = m;
                }
            }
        }
        return m;
    }

    private Map<String, Geometry> parse() {
        WKTReader reader = new WKTReader(new GeometryFactory());
        Map<String, Geometry> out = new HashMap<>();
        for (Map.Entry<String, String> e : wkt.entrySet()) {
            try {
                out.put(e.getKey(), reader.read(e.getValue()));
            } catch (ParseException ex) {
                throw new IllegalStateException(GazetteerData.BASE + "admin1.tsv: bad polygon of " + e.getKey()
                        + ": " + ex.getMessage(), ex);
            }
        }
        return Map.copyOf(out);
    }

    /** A point for JTS (longitude first). */
    static Coordinate at(double lat, double lon) {
        return new Coordinate(lon, lat);
    }
}
