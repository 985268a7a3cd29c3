package org.sitrep.analyse;

import org.sitrep.model.analysis.Town;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void circle_takesInEveryTown() {
        double[] c = EAST_WEST.circle();
        assertEquals(35.5, c[0], 1e-9);
        assertEquals(37.5, c[1], 1e-9);
        assertEquals(Math.hypot(0.5 * 111.32 * Math.cos(Math.toRadians(35.5)), 0.5 * 110.57), c[2], 1e-6);
    }
}
