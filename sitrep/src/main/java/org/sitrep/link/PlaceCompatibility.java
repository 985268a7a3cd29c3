package org.sitrep.link;

import org.sitrep.knowledge.places.Geo;

/**
 * Whether two placed reports can be one happening: a province-only place (precision 3) agrees with whatever lies
 * in that province; otherwise the distance allowed grows with the coarser geo precision (a town, near a town);
 * a road or river is a line, so a point on it is measured to the nearest
 * segment and two reports on one road are at distance 0 (time and the rest must then tell them apart).
 */
final class PlaceCompatibility {
    private final LinkSettings settings;
    private final LinearPlaces lines;

    public PlaceCompatibility(LinkSettings settings, LinearPlaces lines) {
        this.settings = settings;
        this.lines = lines;
    }

    /** Distance in km between the two places, lines measured as lines. Both must be placed. */
    public double km(LinkFeatures a, LinkFeatures b) {
        if (a.lineId() != null && b.lineId() != null) {
            return a.lineId().equals(b.lineId()) ? 0
                    : LinearPlaces.kmBetweenLines(lines.line(a.lineId()), lines.line(b.lineId()));
        }
        if (a.lineId() != null) {
            return LinearPlaces.kmToLine(b.lat(), b.lon(), lines.line(a.lineId()));
        }
        if (b.lineId() != null) {
            return LinearPlaces.kmToLine(a.lat(), a.lon(), lines.line(b.lineId()));
        }
        return Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** The distance allowed between these two places. */
    public double limitKm(LinkFeatures a, LinkFeatures b) {
        double r = settings.radiusKm(a.geoPrecision(), b.geoPrecision());
        return a.lineId() != null || b.lineId() != null ? Math.max(r, settings.radiusLine()) : r;
    }

    /**
     * Two different towns, each named as the place itself (precision 1): ACLED codes an event per location, so
     * strikes on neighbouring villages are separate events even on one day. Entries closer than the setting are
     * taken as one place listed twice in the gazetteer.
     */
    private boolean distinctTowns(LinkFeatures a, LinkFeatures b, double km) {
        return a.lineId() == null && b.lineId() == null && a.placeId() != null && b.placeId() != null
                && !a.placeId().equals(b.placeId()) && Integer.valueOf(1).equals(a.geoPrecision())
                && Integer.valueOf(1).equals(b.geoPrecision()) && km > settings.distinctTownsKm();
    }

    /**
     * Place agreement in [0, 1], or -1 when the places are too far apart to be one event. Full agreement at
     * distance 0, half at the limit; agreement on a province only is discounted.
     */
    public double score(LinkFeatures a, LinkFeatures b) {
        boolean province = (a.geoPrecision() != null && a.geoPrecision() == 3)
                || (b.geoPrecision() != null && b.geoPrecision() == 3);
        if (province && a.admin1() != null && b.admin1() != null && a.lineId() == null && b.lineId() == null) {
            // a province stands for anywhere in it (its coded point is its capital): inside it or not
            return a.admin1().equals(b.admin1()) ? settings.placeStrength3() : -1;
        }
        double limit = limitKm(a, b);
        // cheap reject before trigonometry: a degree of latitude is about 111 km
        if (a.lineId() == null && b.lineId() == null && Math.abs(a.lat() - b.lat()) * 110.5 > limit) {
            return -1;
        }
        double d = km(a, b);
        if (d > limit || distinctTowns(a, b, d)) {
            return -1;
        }
        double s = 1 - 0.5 * d / limit;
        return province ? s * settings.placeStrength3() : s;
    }
}
