package org.sitrep.link;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.knowledge.places.Gazetteer;

/**
 * Roads and rivers as lines: a report placed on a road lies somewhere along it, not at the waypoint its
 * coordinates name. Lines come from the gazetteer, loaded only when a report first names a linear feature
 * (ids "road:..." and "river:..."). Thread-safe.
 */
final class LinearPlaces {
    private static final double[][] NONE = new double[0][];
    private final Map<String, double[][]> cache = new ConcurrentHashMap<>();
    private final java.util.function.Function<String, double[][]> source;

    private LinearPlaces(java.util.function.Function<String, double[][]> source) {
        this.source = source;
    }

    /** Lines from the bundled gazetteer. */
    public static LinearPlaces gazetteer() {
        return new LinearPlaces(id -> {
            Gazetteer g = Gazetteer.get();
            return g.byId(id).filter(p -> p.kind().linear())
                    .map(p -> g.waypoints(p).stream().map(w -> new double[] {w.lat(), w.lon()})
                            .toArray(double[][]::new))
                    .orElse(NONE);
        });
    }

    /** Lines given directly (tests, benchmarks): id to waypoints as {lat, lon} pairs. */
    public static LinearPlaces of(Map<String, List<double[]>> lines) {
        Map<String, List<double[]>> copy = Map.copyOf(lines);
        return new LinearPlaces(id -> copy.containsKey(id) ? copy.get(id).toArray(double[][]::new) : NONE);
    }

    /** Whether this gazetteer id names a road or river with known waypoints. */
    public boolean isLinear(String gazetteerId) {
        if (!gazetteerId.startsWith("road:") && !gazetteerId.startsWith("river:")) {
            return false;
        }
        return line(gazetteerId).length >= 2;
    }

    double[][] line(String id) {
        return cache.computeIfAbsent(id, source);
    }

    /** Distance in km from a point to a polyline: the nearest segment, in a local flat projection. */
    static double kmToLine(double lat, double lon, double[][] line) {
        double best = Double.POSITIVE_INFINITY;
        double kx = 111.32 * Math.cos(Math.toRadians(lat));
        double ky = 110.57;
        for (int i = 0; i + 1 < line.length; i++) {
            double ax = (line[i][1] - lon) * kx;
            double ay = (line[i][0] - lat) * ky;
            double bx = (line[i + 1][1] - lon) * kx;
            double by = (line[i + 1][0] - lat) * ky;
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            double px = ax + t * dx;
            double py = ay + t * dy;
            best = Math.min(best, Math.sqrt(px * px + py * py));
        }
        return best;
    }

    /** Smallest distance between two polylines (their waypoints against the other's segments). */
    static double kmBetweenLines(double[][] a, double[][] b) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] p : a) {
            best = Math.min(best, kmToLine(p[0], p[1], b));
        }
        for (double[] p : b) {
            best = Math.min(best, kmToLine(p[0], p[1], a));
        }
        return best;
    }
}
