package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/** Test report builder: our own fixture sentences and values. */
final class R {
    private static final Mention M = Mention.of("x", 0, 1);
    private final String id;
    private String doc = "doc-1";
    private ReportKind kind = ReportKind.EVENT;
    private SubEventType type = SubEventType.AIR_DRONE_STRIKE;
    private Location location;
    private DateSpan date;
    private final List<ActorRef> actor1 = new ArrayList<>();
    private final List<ActorRef> actor2 = new ArrayList<>();
    private Modality modality = Modality.ASSERTED;
    private String text = "";
    private Quantity fatalities;
    private final List<Attribution> chain = new ArrayList<>();

    private R(String id) {
        this.id = id;
    }

    static R report(String id) {
        return new R(id);
    }

    R doc(String d) {
        doc = d;
        return this;
    }

    R type(SubEventType t) {
        type = t;
        return this;
    }

    R at(double lat, double lon, int precision) {
        location = new Location("place", M, lat, lon, precision, null, null, "SY", List.of());
        return this;
    }

    /** Placed at (lat, lon) with its admin-1 unit known. */
    R in(String admin1, double lat, double lon, int precision) {
        location = new Location("place", M, lat, lon, precision, null, admin1, "SY", List.of());
        return this;
    }

    R onRoad(String roadId, double lat, double lon) {
        location = new Location("road", M, lat, lon, 2, roadId, null, "SY", List.of());
        return this;
    }

    R named(String name) {
        location = Location.unresolved(Mention.of(name, 0, name.length()));
        return this;
    }

    /** A day date read from an explicit phrase (no slack). */
    R on(String isoDay) {
        LocalDate d = LocalDate.parse(isoDay);
        date = DateSpan.day(d, Mention.of(d.getDayOfMonth() + " " + d.getMonth(), 0, 1));
        return this;
    }

    /** A day date read from a relative phrase ("on Monday"): a day of slack. */
    R onRelative(String isoDay) {
        date = DateSpan.day(LocalDate.parse(isoDay), Mention.of("on Monday", 0, 1));
        return this;
    }

    R during(String start, String end, DatePrecision p) {
        date = new DateSpan(LocalDate.parse(start), LocalDate.parse(end), p, Mention.of("in 2016", 0, 1), List.of());
        return this;
    }

    R by(String... ids) {
        for (String a : ids) {
            actor1.add(new ActorRef(a, a, null, M));
        }
        return this;
    }

    R against(String... ids) {
        for (String a : ids) {
            actor2.add(new ActorRef(a, a, null, M));
        }
        return this;
    }

    R byUnresolved(String name) {
        actor1.add(new ActorRef(name, null, null, M));
        return this;
    }

    R modality(Modality m) {
        modality = m;
        return this;
    }

    R text(String t) {
        text = t;
        return this;
    }

    R killed(int n) {
        fatalities = new Quantity(n, M);
        return this;
    }

    R says(String name, Attribution.Role role) {
        chain.add(new Attribution(name, role, null));
        return this;
    }

    R count() {
        kind = ReportKind.COUNT;
        return this;
    }

    Report build() {
        return new Report(id, kind, null, doc, SectionKind.BODY, new Evidence(doc, text, new Span(0, text.length())), M,
                type, null, null, null, actor1, actor2, List.of(), List.of(), location, date, fatalities, null,
                kind == ReportKind.COUNT ? new Quantity(3, M) : null, modality, chain, List.of());
    }
}
