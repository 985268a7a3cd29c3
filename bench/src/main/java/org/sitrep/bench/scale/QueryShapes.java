package org.sitrep.bench.scale;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.model.Box;
import org.sitrep.model.Query;

/**
 * The events queries a map asks, as named shapes: a box around a town, a governorate-sized box or all of Syria,
 * over a week, a month, a year or every day, the first page of 100 events. Boxes are centred on Syrian towns of the
 * gazetteer (where the events are), windows fall anywhere in the synthetic store's ten years.
 */
final class QueryShapes {
    static final int PAGE = 100;
    /** Syria's bounding box, a little wider. */
    static final Box SYRIA = new Box(35.5, 32.2, 42.5, 37.4);

    enum Shape {
        TOWN_MONTH(0.1, 30), TOWN_DECADE(0.1, 0), GOVERNORATE_MONTH(0.75, 30), GOVERNORATE_YEAR(0.75, 365),
        SYRIA_WEEK(-1, 7), SYRIA_YEAR(-1, 365), SYRIA_ALL(-1, 0);

        /** Half the box's side in degrees (-1: all of Syria); days of the window (0: no window). */
        final double half;
        final int days;

        Shape(double half, int days) {
            this.half = half;
            this.days = days;
        }
    }

    private final List<Place> towns;

    QueryShapes() {
        towns = Gazetteer.get().entries().stream()
                .filter(p -> p.country().equals("SY") && p.kind() == PlaceKind.POPULATED_PLACE).toList();
    }

    Query random(Shape shape, SplittableRandom rnd) {
        Query q = Query.all().limit(PAGE);
        if (shape.half < 0) {
            q = q.bbox(SYRIA);
        } else {
            Place t = towns.get(rnd.nextInt(towns.size()));
            q = q.bbox(new Box(t.lon() - shape.half, t.lat() - shape.half, t.lon() + shape.half,
                    t.lat() + shape.half));
        }
        if (shape.days > 0) {
            long span = SyntheticDays.LAST_DAY.toEpochDay() - SyntheticDays.FIRST_DAY.toEpochDay() - shape.days;
            LocalDate from = SyntheticDays.FIRST_DAY.plusDays(rnd.nextLong(span));
            q = q.from(from).to(from.plusDays(shape.days - 1));
        }
        return q;
    }

    /** Any shape, each as likely, for the load test: what a map's users would ask, mostly towns and governorates. */
    Shape anyShape(SplittableRandom rnd) {
        Shape[] shapes = Shape.values();
        return shapes[rnd.nextInt(shapes.length)];
    }
}
