package org.sitrep.bench.scale;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Near;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.SeriesFilter;

/**
 * The series and change-point questions timed over a (generated) store, as named shapes: every event day by day
 * over the store's ten years, by type, by actor (with the units under it, or a name the knowledge base does not
 * know), by place and by circle, by week and by month, and with count observations. The places, actors and types
 * are ones the synthetic war is made of ({@link ScaleWorld}), so each shape counts a real share of the store.
 */
final class SeriesShapes {
    record Shape(String name, SeriesFilter filter) {
    }

    private static final LocalDate FIRST = SyntheticDays.FIRST_DAY;
    private static final LocalDate LAST = SyntheticDays.LAST_DAY;
    /** Aleppo, the store's busiest city. */
    private static final Near ALEPPO_25_KM = new Near(36.2021, 37.1343, 25);
    /** Homs, for a wider circle. */
    private static final Near HOMS_50_KM = new Near(34.7324, 36.7137, 50);

    private SeriesShapes() {
    }

    static List<Shape> all() {
        SeriesFilter decade = SeriesFilter.all().between(FIRST, LAST);
        return List.of(
                new Shape("all events, day, 10 years", decade),
                new Shape("all events, day, the whole record (no span given)", SeriesFilter.all()),
                new Shape("all events, month, 10 years", decade.by(Granularity.MONTH)),
                new Shape("type Air/drone strike, day, 10 years", decade.type("Air/drone strike")),
                new Shape("type Battles, week, 10 years", decade.type("Battles").by(Granularity.WEEK)),
                new Shape("type Air/drone strike, week, 2015", SeriesFilter.all().type("Air/drone strike")
                        .between(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)).by(Granularity.WEEK)),
                new Shape("actor ISIS, day, 10 years", decade.actor("ISIS")),
                new Shape("actor Syrian Armed Forces and units, month, 10 years",
                        decade.actor("Syrian Armed Forces").by(Granularity.MONTH)),
                new Shape("actor as part of a name ('brigade'), week, 10 years",
                        decade.actor("brigade").by(Granularity.WEEK)),
                new Shape("place Aleppo, day, 10 years", decade.place("Aleppo")),
                new Shape("place Khanasser, week, 10 years", decade.place("Khanasser").by(Granularity.WEEK)),
                new Shape("near Aleppo 25 km, day, 10 years", decade.near(ALEPPO_25_KM)),
                new Shape("near Homs 50 km, Shelling/artillery/missile attack, week, 10 years",
                        decade.near(HOMS_50_KM).type("Shelling/artillery/missile attack").by(Granularity.WEEK)),
                new Shape("type Air/drone strike, actor US-led coalition, with counts, day, 10 years",
                        decade.type("Air/drone strike").actor("US-led coalition").counts(true)),
                new Shape("all events, with counts, month, 10 years", decade.counts(true).by(Granularity.MONTH)));
    }
}
