package org.sitrep.model;

/** A circle on the earth: points within {@code km} kilometres (great-circle) of {@code lat, lon}. */
public record Near(double lat, double lon, double km) {
    static final double EARTH_RADIUS_KM = 6371.0088;
    /** Km per degree of latitude on the sphere the distances are measured on. */
    public static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    public Near {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
        if (!(km > 0) || Double.isInfinite(km)) {
            throw new IllegalArgumentException("radius must be a positive number of km: " + km);
        }
    }

    /** Parses "LAT,LON,KM", e.g. "36.2,37.15,25". */
    public static Near parse(String s) {
        String[] parts = s.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected LAT,LON,KM but got '" + s + "'");
        }
        try {
            return new Near(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Double.parseDouble(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected LAT,LON,KM as numbers but got '" + s + "'", e);
        }
    }

    /** Great-circle distance in km (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public boolean contains(double pointLat, double pointLon) {
        return distanceKm(lat, lon, pointLat, pointLon) <= km;
    }

    /** South, north bounds of a box that holds the circle. */
    public double minLat() {
        return Math.max(-90, lat - km / KM_PER_DEGREE);
    }

    public double maxLat() {
        return Math.min(90, lat + km / KM_PER_DEGREE);
    }

    /** Half the box's width in degrees of longitude; 180 (everything) near the poles. */
    public double lonHalfWidth() {
        double cos = Math.cos(Math.toRadians(Math.max(Math.abs(minLat()), Math.abs(maxLat()))));
        if (cos < 1e-6) {
            return 180;
        }
        return Math.min(180, km / (KM_PER_DEGREE * cos));
    }
}
