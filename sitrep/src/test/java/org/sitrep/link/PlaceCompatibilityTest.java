package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class PlaceCompatibilityTest {
    private static final LinearPlaces LINES = LinearPlaces.of(Map.of("road:test",
            List.of(new double[] {35.0, 37.0}, new double[] {35.5, 37.0}, new double[] {36.0, 37.0})));
    private final LinkSettings settings = LinkSettings.standard();
    private final PlaceCompatibility places = new PlaceCompatibility(settings, LINES);

    private LinkFeatures f(Report r) {
        return LinkFeatures.of(r, settings, ActorCompatibility.flat(), TextSimilarity.standard(), LINES);
    }

    /** A point {@code km} north of 35N 37E. */
    private LinkFeatures north(double km, int precision) {
        return f(R.report("p" + km + "-" + precision).at(35.0 + km / 111.2, 37.0, precision).build());
    }

    @Test
    void score_townPrecision_allowsNeighbouringCoordinatesOnly() {
        LinkFeatures origin = north(0, 1);
        assertTrue(places.score(origin, north(6, 1)) > 0.5);
        assertEquals(-1, places.score(origin, north(15, 1)));
    }

    @Test
    void score_nearPrecision_allowsMore() {
        assertTrue(places.score(north(0, 1), north(20, 2)) > 0);
        assertEquals(-1, places.score(north(0, 2), north(40, 2)));
    }

    @Test
    void score_provincePrecision_allowsTheProvinceButWeakly() {
        double s = places.score(north(0, 1), north(60, 3));
        assertTrue(s > 0 && s < 0.3, "province agreement is weak: " + s);
        assertEquals(-1, places.score(north(0, 3), north(120, 3)));
    }

    @Test
    void score_provinceWithKnownUnit_agreesWithAnythingInsideItOnly() {
        // the province is coded at its capital; a town inside it 95 km away still agrees, one next door does not
        LinkFeatures province = f(R.report("hama").in("Hama", 35.13, 36.76, 3).build());
        LinkFeatures inside = f(R.report("ithriyah").in("Hama", 35.37, 37.79, 1).build());
        LinkFeatures outside = f(R.report("homs").in("Homs", 34.90, 36.70, 1).build());
        assertTrue(places.score(province, inside) > 0);
        assertEquals(-1, places.score(province, outside));
    }

    @Test
    void km_pointNearTheFarEndOfARoad_isMeasuredToTheLine() {
        // the road's report sits at its middle waypoint; a town 55 km north lies 1 km off the line's far end
        LinkFeatures road = f(R.report("road").onRoad("road:test", 35.5, 37.0).build());
        LinkFeatures town = f(R.report("town").at(35.99, 37.01, 1).build());
        assertTrue(places.km(road, town) < 2, "distance to line " + places.km(road, town));
        assertTrue(places.score(road, town) > 0);
    }

    @Test
    void score_pointFarFromTheRoadLine_isRejected() {
        LinkFeatures road = f(R.report("road").onRoad("road:test", 35.5, 37.0).build());
        LinkFeatures away = f(R.report("away").at(35.5, 37.6, 1).build());
        assertEquals(-1, places.score(road, away));
    }

    @Test
    void km_twoReportsOnOneRoad_areAtDistanceZero() {
        LinkFeatures a = f(R.report("a").onRoad("road:test", 35.0, 37.0).build());
        LinkFeatures b = f(R.report("b").onRoad("road:test", 36.0, 37.0).build());
        assertEquals(0.0, places.km(a, b));
    }

    @Test
    void isLinear_gazetteerRoad_hasWaypoints() {
        assertTrue(LinearPlaces.gazetteer().isLinear("road:m5"));
    }
}
