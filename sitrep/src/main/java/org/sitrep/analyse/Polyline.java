package org.sitrep.analyse;

import org.sitrep.model.analysis.Town;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Near;

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

    /**
     * Circles that together take in every point within {@code km} of the line: each segment cut into pieces no
     * longer than {@code 2 km}, a circle around each piece's middle reaching both its ends and {@code km} beyond
     * (plus a kilometre for the flat projection's error). One circle per long segment took in several times the
     * corridor's area.
     */
    List<Near> corridor(double km) {
        List<Near> out = new ArrayList<>();
        if (segments() == 0) {
            towns.forEach(t -> out.add(new Near(t.lat(), t.lon(), km + 1)));
        }
        for (int i = 0; i < segments(); i++) {
            Town a = towns.get(i);
            Town b = towns.get(i + 1);
            double kx = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
            double length = Math.hypot((b.lon() - a.lon()) * kx, (b.lat() - a.lat()) * KM_PER_DEGREE_LAT);
            int pieces = Math.max(1, (int) Math.ceil(length / (2 * km)));
            for (int p = 0; p < pieces; p++) {
                double t = (p + 0.5) / pieces;
                out.add(new Near(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()),
                        length / pieces / 2 + km + 1));
            }
        }
        return out;
    }
}
