package org.sitrep.analyse;

import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.Dependence;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sitrep.model.ReportRecord;
import org.sitrep.knowledge.NameKey;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Status;
import org.sitrep.model.Query;
import org.sitrep.store.Store;

/**
 * Gathers what the record says about a route around a stretch of days: status observations placed on the road
 * (each a stated observation; a closing state "for the first time in three months" also an inferred open road for
 * the days before), and violent events on the road or within the near distance of its line (town-precise places
 * only: a governorate's or country's point says nothing about a road).
 */
final class RouteObservations {
    /** Evidence this many days before a window still carries into it. */
    static final int LOOKBACK_DAYS = 60;
    /** A later "first time in N months" may speak of the window: look this far after it. */
    static final int LOOKAHEAD_DAYS = 366;
    /** An event dated to this many days (a day or two apart) counts on each of them. */
    private static final int EVERY_DAY_WITHIN = 2;
    /** Events dated only to a wider window than this (a week) say nothing about a day. */
    private static final int WIDEST_WINDOW_DAYS = 7;

    private final Store store;
    private final Gazetteer gazetteer;
    private final RouteSettings settings;
    private final Sides sides;

    RouteObservations(Store store, Gazetteer gazetteer, Sides sides, RouteSettings settings) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.sides = sides;
        this.settings = settings;
    }

    /** The observations about a route, its corridor's events taken from {@code read} (see {@link #corridor}). */
    List<Observation> of(Route route, LocalDate from, LocalDate to, EventsRead read) {
        List<Observation> out = new ArrayList<>();
        Polyline line = new Polyline(route.towns());
        LocalDate earliest = from.minusDays(LOOKBACK_DAYS);
        // status reports are few among the reports: selected by kind in the store, the road's own ones kept here
        store.streamReports(Query.all().from(earliest).to(to.plusDays(LOOKAHEAD_DAYS)), ReportKind.STATUS,
                rec -> status(route, line, rec, earliest, out));
        for (EventFacts e : read.events()) {
            if (!e.date().end().isBefore(earliest)) {
                event(route, line, e, out);
            }
        }
        return out;
    }

    /**
     * The events within the near distance of the road's line from {@code from} to {@code to}, in the store's order
     * (date, then id): the corridor as circles along the road, where one circle around the whole road took in a
     * whole region of events far from it, read as one area so that an event in two circles is read once. The
     * corridor holds every point within 2 km of each town on the road.
     */
    EventsRead corridor(Route route, LocalDate from, LocalDate to) {
        Polyline line = new Polyline(route.towns());
        List<EventFacts> out = new ArrayList<>();
        store.streamEventFactsNearAny(Query.all().from(from).to(to),
                line.corridor(Math.max(settings.nearKm(), ControlObservations.QUERY_KM)), WeighedTypes.ALL, out::add);
        return new EventsRead(from, to, WeighedTypes.ALL, out);
    }

    private void status(Route route, Polyline line, ReportRecord rec, LocalDate earliest, List<Observation> out) {
        Report r = rec.report();
        Location loc = r.location();
        double w = settings.weight(r.modality());
        if (r.kind() != ReportKind.STATUS || loc == null || !route.id().equals(loc.gazetteerId()) || w == 0
                || r.date() == null || r.flags().contains(Status.TIME_CLAUSE_FLAG)) {
            return;
        }
        Status s = r.status();
        Observation.Signal signal = signal(s.state());
        if (signal == null) {
            return;
        }
        LocalDate day = r.date().end();
        String when = "on " + day;
        if (!r.date().start().equals(day)) {
            w *= settings.window();
            when = "dated only to " + r.date().start() + ".." + day + ", counted on its last day";
        }
        if (s.qualifier() != null) {
            w *= settings.hedged();
        }
        String source = source(rec);
        EvidenceItem ev = new EvidenceItem(r.id(), r.eventId(), r.evidence().text(), source, r.modality().wireName());
        CutPoint at = s.at() == null ? null : at(route, line, s.at().text()).orElse(null);
        String said = s.state().wireName() + (s.qualifier() == null ? "" : " (" + s.qualifier() + ")") + " \u2018"
                + s.mention().text() + "\u2019";
        out.add(new Observation(day, signal, w, at, ev, source + ": " + said + " " + when
                + (at == null ? "" : ", near " + at.name()), Observation.Tier.STATED));
        int before = firstInDays(r);
        if (before > 0 && signal == Observation.Signal.IMPASSABLE) {
            String reason = source + ": " + said + " on " + day + " for the first time in " + before
                    + " days, so open before";
            for (int k = 1; k <= before; k++) {
                LocalDate d = day.minusDays(k);
                if (d.isBefore(earliest)) {
                    break;
                }
                out.add(new Observation(d, Observation.Signal.PASSABLE, w * settings.notBefore(), null, ev, reason,
                        Observation.Tier.INFERRED));
            }
        }
    }

    private static Observation.Signal signal(Status.State s) {
        return switch (s) {
            case CUT, BLOCKED, CLOSED, BESIEGED -> Observation.Signal.IMPASSABLE;
            case OPEN, REOPENED, CLEARED -> Observation.Signal.PASSABLE;
            case CONTESTED -> Observation.Signal.CONTESTED;
            case HELD -> null;
        };
    }

    private static int firstInDays(Report r) {
        for (String f : r.flags()) {
            if (f.startsWith(Status.FIRST_IN_DAYS_FLAG)) {
                try {
                    return Integer.parseInt(f.substring(Status.FIRST_IN_DAYS_FLAG.length()));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * A place named beside the route: one of its towns by any of its names, else a gazetteer place near its line.
     * Never one of its two ends: text names where a road leads ("the supply line to Aleppo") far more often than
     * a cut at its very end.
     */
    private Optional<CutPoint> at(Route route, Polyline line, String name) {
        String key = NameKey.of(name);
        List<Town> towns = route.towns();
        for (Town end : List.of(towns.get(0), towns.get(towns.size() - 1))) {
            Optional<Place> p = gazetteer.byId(end.gazetteerId());
            if (p.isPresent() && p.get().names().stream().anyMatch(n -> NameKey.of(n).equals(key))) {
                return Optional.empty();
            }
        }
        for (Town t : towns) {
            Optional<Place> p = gazetteer.byId(t.gazetteerId());
            if (p.isPresent() && p.get().names().stream().anyMatch(n -> NameKey.of(n).equals(key))) {
                return Optional.of(new CutPoint(t.name(), t.lat(), t.lon()));
            }
        }
        for (PlaceMatch m : gazetteer.candidates(name)) {
            Place p = m.place();
            if (!p.kind().linear() && !p.kind().wideArea() && p.kind() != PlaceKind.ADMIN1
                    && line.km(p.lat(), p.lon()) <= settings.nearKm()) {
                return Optional.of(new CutPoint(p.name(), p.lat(), p.lon()));
            }
        }
        return Optional.empty();
    }

    private void event(Route route, Polyline line, EventFacts e, List<Observation> out) {
        Location loc = e.location();
        if (loc == null || e.date() == null || e.subEventType() == null
                || !WeighedTypes.ALL.contains(e.subEventType())) {
            return;
        }
        boolean onRoad = route.id().equals(loc.gazetteerId());
        double km = onRoad || !loc.resolved() || !Integer.valueOf(1).equals(loc.geoPrecision())
                ? Double.NaN : line.km(loc.lat(), loc.lon());
        boolean near = !onRoad && km <= settings.nearKm();
        long width = ChronoUnit.DAYS.between(e.date().start(), e.date().end());
        if (!onRoad && !near || width > WIDEST_WINDOW_DAYS) {
            return;
        }
        // a day or two counts on each day; a wider window (to a week) only on its last day, at a share
        LocalDate first = width <= EVERY_DAY_WITHIN ? e.date().start() : e.date().end();
        double share = width <= EVERY_DAY_WITHIN ? 1 : settings.window();
        CutPoint at = near ? new CutPoint(loc.name(), loc.lat(), loc.lon()) : null;
        EvidenceItem ev = EvidenceTexts.pending(e.firstReportId(), e.id(), String.join(", ", e.sources()),
                Modality.ASSERTED.wireName());
        Supplier<String> reason = () -> e.subEventType().label() + (onRoad ? " on the road" : " at " + loc.name()
                + ", " + Math.round(km) + " km from it") + " (event " + e.id() + ")";
        boolean territorial = WeighedTypes.territorial(e.subEventType());
        boolean fighting = WeighedTypes.fighting(e.subEventType());
        for (LocalDate d = first; !d.isAfter(e.date().end()); d = d.plusDays(1)) {
            Optional<Dependence> dep = territorial ? route.dependentOn(d) : Optional.empty();
            if (dep.isPresent()) {
                boolean gains = sides.gains(e, dep.get().actorId());
                String actor = dep.get().actorId();
                out.add(new Observation(d, gains ? Observation.Signal.PASSABLE : Observation.Signal.IMPASSABLE,
                        settings.control() * share, at, ev, () -> reason.get() + ": " + actor + ", who depends on the "
                        + "road, " + (gains ? "gains" : "loses") + " ground on it", Observation.Tier.STATED));
            } else if (fighting) {
                out.add(new Observation(d, Observation.Signal.CONTESTED, settings.eventNear() * share, at, ev,
                        reason, Observation.Tier.EVENT));
            }
        }
    }

    /** Who says so: the innermost named speaker and the outlet, or the outlet alone. */
    private static String source(ReportRecord rec) {
        String outlet = rec.document().outlet() != null ? rec.document().outlet()
                : rec.document().path() != null ? java.nio.file.Path.of(rec.document().path()).getFileName().toString()
                : rec.document().id();
        for (Attribution a : rec.report().attribution()) {
            if (a.role() != Attribution.Role.DOCUMENT_OUTLET && !a.name().equals(outlet)) {
                return a.name() + " via " + outlet;
            }
        }
        return outlet;
    }
}
