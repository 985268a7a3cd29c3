package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The indexed point-in-polygon answer is the one {@link Geometry#covers} gives, outlines included. */
class Admin1AreasTest {
    private final Gazetteer g = Gazetteer.get();

    @Test
    void covers_agreesWithGeometryCovers_forPlacesVerticesAndEdgeMidpoints() {
        Map<String, Geometry> all = areasOf(g).all();
        List<Coordinate> points = new ArrayList<>();
        for (Place p : g.entries()) {
            points.add(Admin1Areas.at(p.lat(), p.lon()));
        }
        for (Geometry shape : all.values()) {
            Coordinate[] cs = shape.getCoordinates();
            for (int i = 0; i < cs.length; i += 7) {
                points.add(cs[i]); // on the outline
                if (i + 1 < cs.length) {
                    points.add(new Coordinate((cs[i].x + cs[i + 1].x) / 2, (cs[i].y + cs[i + 1].y) / 2));
                }
            }
        }
        int inside = 0;
        for (Map.Entry<String, Geometry> e : all.entrySet()) {
            Geometry shape = e.getValue();
            Envelope near = new Envelope(shape.getEnvelopeInternal());
            near.expandBy(0.05);
            for (Coordinate c : points) {
                if (!near.contains(c)) {
                    continue; // far outside: both say no without looking at the outline
                }
                boolean covers = shape.covers(shape.getFactory().createPoint(c));
                assertEquals(covers, areasOf(g).covers(e.getKey(), c), e.getKey() + " at " + c);
                inside += covers ? 1 : 0;
            }
        }
        assertTrue(inside > 1000, "points inside: " + inside);
    }

    @Test
    void covers_unknownUnit_isFalse() {
        assertEquals(false, areasOf(g).covers("XX-NONE", new Coordinate(37.16, 36.20)));
    }

    private static Admin1Areas areasOf(Gazetteer g) {
        return g.areas();
    }
}
