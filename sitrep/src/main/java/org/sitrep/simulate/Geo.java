package org.sitrep.simulate;

/** Great-circle distance on a spherical earth, in km. */
final class Geo {
    private static final double EARTH_KM = 6371.0;

    private Geo() {
    }

    /**
     * Distance from a point to the segment between two points, on a local flat projection (fine at the scale of
     * a road's stretch between two towns).
     */
    static double kmToSegment(double lat, double lon, double lat1, double lon1, double lat2, double lon2) {
        double k = Math.cos(Math.toRadians(lat));
        double px = lon * k;
        double ax = lon1 * k;
        double bx = lon2 * k;
        double dx = bx - ax;
        double dy = lat2 - lat1;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (lat - lat1) * dy) / len));
        return km(lat, lon, lat1 + t * dy, (ax + t * dx) / k);
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
