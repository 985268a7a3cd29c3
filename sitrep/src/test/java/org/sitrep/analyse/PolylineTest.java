package org.sitrep.analyse;

import org.sitrep.model.analysis.Town;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolylineTest {
    private static final Polyline EAST_WEST = new Polyline(List.of(new Town("A", "t:a", 35.0, 37.0),
            new Town("B", "t:b", 35.0, 38.0), new Town("C", "t:c", 36.0, 38.0)));

    @Test
    void pointOnTheLine_zeroKm() {
        assertEquals(0, EAST_WEST.km(35.0, 37.5), 1e-9);
        assertEquals(0, EAST_WEST.km(35.5, 38.0), 1e-9);
    }

    @Test
    void pointOffTheLine_distanceToTheNearestSegment() {
        // a tenth of a degree of latitude north of the first segment: about 11 km
        assertEquals(11.06, EAST_WEST.km(35.1, 37.5), 0.05);
        // beyond the first town: the distance to that town, not to the segment's extension
        assertEquals(0.5 * 111.32 * Math.cos(Math.toRadians(35.0)), EAST_WEST.km(35.0, 36.5), 0.05);
        assertEquals(EAST_WEST.kmToSegment(1, 35.5, 38.2), EAST_WEST.km(35.5, 38.2), 1e-9);
    }

    @Test
    void corridor_takesInEveryPointNearTheLine() {
        // points scattered over and around the line: every one within 10 km of it lies in some circle
        java.util.Random r = new java.util.Random(7);
        List<org.sitrep.model.Near> circles = EAST_WEST.corridor(10);
        // 91 km and 111 km segments in pieces of at most 20 km
        assertEquals(5 + 6, circles.size());
        int near = 0;
        for (int i = 0; i < 20_000; i++) {
            double lat = 34.8 + r.nextDouble() * 1.4;
            double lon = 36.8 + r.nextDouble() * 1.4;
            if (EAST_WEST.km(lat, lon) <= 10) {
                near++;
                double la = lat;
                double lo = lon;
                assertTrue(circles.stream().anyMatch(c -> c.contains(la, lo)), lat + "," + lon);
            }
        }
        assertTrue(near > 1000, "the sample reaches the corridor: " + near);
    }

    @Test
    void corridor_isNarrowerThanOneCircleAroundTheRoad() {
        // a point 72 km off the line inside the towns' bounding box (43 km from its centre) is in no circle
        double lat = 35.8;
        double lon = 37.2;
        assertTrue(EAST_WEST.km(lat, lon) > 70);
        assertTrue(EAST_WEST.corridor(10).stream().noneMatch(c -> c.contains(lat, lon)));
    }
}
