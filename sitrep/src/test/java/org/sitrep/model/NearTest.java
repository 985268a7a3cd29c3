package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NearTest {
    @Test
    void distanceKm_aleppoToDamascus_about300km() {
        double d = Near.distanceKm(36.2021, 37.1343, 33.5138, 36.2765);
        assertEquals(310, d, 10);
    }

    @Test
    void parse_goodAndBadInput() {
        assertEquals(new Near(36.2, 37.1, 25), Near.parse("36.2, 37.1,25"));
        assertThrows(IllegalArgumentException.class, () -> Near.parse("36.2,37.1"));
        assertThrows(IllegalArgumentException.class, () -> Near.parse("a,b,c"));
        assertThrows(IllegalArgumentException.class, () -> Near.parse("95,37,10"));
        assertThrows(IllegalArgumentException.class, () -> Near.parse("36,37,-1"));
    }

    /** Every point the circle holds lies inside the bounding box used to pre-filter in SQL. */
    @Property(tries = 500)
    void boundingBox_containsEveryPointOfTheCircle(@ForAll @DoubleRange(min = -80, max = 80) double lat,
                                                  @ForAll @DoubleRange(min = -170, max = 170) double lon,
                                                  @ForAll @DoubleRange(min = 0.1, max = 500) double km,
                                                  @ForAll @DoubleRange(min = 0, max = 360) double bearing) {
        Near n = new Near(lat, lon, km);
        // the point at distance km*0.999 along the bearing
        double d = km * 0.999 / Near.EARTH_RADIUS_KM;
        double b = Math.toRadians(bearing);
        double la1 = Math.toRadians(lat);
        double la2 = Math.asin(Math.sin(la1) * Math.cos(d) + Math.cos(la1) * Math.sin(d) * Math.cos(b));
        double lo2 = Math.toRadians(lon) + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(la1),
                Math.cos(d) - Math.sin(la1) * Math.sin(la2));
        double pLat = Math.toDegrees(la2);
        double pLon = Math.toDegrees(lo2);
        assertTrue(n.contains(pLat, pLon));
        assertTrue(pLat >= n.minLat() - 1e-9 && pLat <= n.maxLat() + 1e-9, "lat in box");
        assertTrue(Math.abs(pLon - lon) <= n.lonHalfWidth() + 1e-9, "lon in box");
    }
}
