package org.sitrep.analyse;

import org.sitrep.model.analysis.Town;

import java.util.List;

/**
 * A route's line through its towns: distances from a point to it and the segments nearest a point, in a local
 * flat projection around the point (good to well under a percent over the few hundred km of a Syrian road).
 */
final class Polyline {
    private static final double KM_PER_DEGREE_LAT = 110.57;
    private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.32;
    private final List<Town> towns;

    Polyline(List<Town> towns) {
        this.towns = List.copyOf(towns);
    }

    int segments() {
        return towns.size() - 1;
    }

    /** Distance in km from a point to the line. */
    double km(double lat, double lon) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < segments(); i++) {
            best = Math.min(best, kmToSegment(i, lat, lon));
        }
        return best;
    }

    /** Distance in km from a point to segment i (town i to town i + 1). */
    double kmToSegment(int i, double lat, double lon) {
        double kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat));
        Town a = towns.get(i);
        Town b = towns.get(i + 1);
        double ax = (a.lon() - lon) * kx;
        double ay = (a.lat() - lat) * KM_PER_DEGREE_LAT;
        double bx = (b.lon() - lon) * kx;
        double by = (b.lat() - lat) * KM_PER_DEGREE_LAT;
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        double px = ax + t * dx;
        double py = ay + t * dy;
        return Math.sqrt(px * px + py * py);
    }

    /** The centre of the towns' bounding box and the radius in km that takes in every town from it. */
    double[] circle() {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        for (Town t : towns) {
            minLat = Math.min(minLat, t.lat());
            maxLat = Math.max(maxLat, t.lat());
            minLon = Math.min(minLon, t.lon());
            maxLon = Math.max(maxLon, t.lon());
        }
        double lat = (minLat + maxLat) / 2;
        double lon = (minLon + maxLon) / 2;
        double r = 0;
        double kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(lat));
        for (Town t : towns) {
            r = Math.max(r, Math.hypot((t.lon() - lon) * kx, (t.lat() - lat) * KM_PER_DEGREE_LAT));
        }
        return new double[] {lat, lon, r};
    }
}
