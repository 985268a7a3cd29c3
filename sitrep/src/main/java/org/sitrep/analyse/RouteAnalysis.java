package org.sitrep.analyse;

import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.RouteDay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Query;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.store.Store;

/** Is a route open: each day's status of a route over a stretch of days, from the stored record. */
public final class RouteAnalysis {
    private final Store store;
    private final RouteObservations observations;
    private final RouteTimeline timeline;
    private final RouteControl towns;
    private final EvidenceTexts texts;

    RouteAnalysis(Store store, Gazetteer gazetteer, Sides sides, RouteSettings settings) {
        this.store = store;
        this.observations = new RouteObservations(store, gazetteer, sides, settings);
        this.timeline = new RouteTimeline(settings);
        this.towns = new RouteControl(ControlAnalysis.over(store), sides, settings);
        this.texts = new EvidenceTexts(store);
    }

    /** Over a store, with the bundled gazetteer and settings. */
    public static RouteAnalysis over(Store store) {
        return new RouteAnalysis(store, Gazetteer.get(), Sides.standard(), RouteSettings.standard());
    }

    /** The first and last day of the status observations stored about a route, when there are any. */
    public Optional<LocalDate[]> evidenceSpan(Route route) {
        LocalDate[] span = new LocalDate[2];
        store.streamReports(Query.all(), ReportKind.STATUS, rec -> {
            Report r = rec.report();
            if (r.date() != null && r.location() != null
                    && route.id().equals(r.location().gazetteerId())) {
                span[0] = span[0] == null || r.date().end().isBefore(span[0]) ? r.date().end() : span[0];
                span[1] = span[1] == null || r.date().end().isAfter(span[1]) ? r.date().end() : span[1];
            }
        });
        return span[0] == null ? Optional.empty() : Optional.of(span);
    }

    /** One entry per day from {@code from} to {@code to}, both included. */
    public List<RouteDay> days(Route route, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        // the corridor's events once, back to what control of the towns reads first: a city on the road is most of
        // both reads
        LocalDate townsFrom = from.minusDays(RouteObservations.LOOKBACK_DAYS);
        EventsRead read = observations.corridor(route, townsFrom.minusDays(ControlAnalysis.FIRST_LOOK_BACK), to);
        List<Observation> obs = new ArrayList<>(observations.of(route, from, to, read));
        // who holds the towns along it, from the days the observations look back to
        obs.addAll(towns.of(route, townsFrom, to, read));
        return texts.days(timeline.days(route, obs, from, to));
    }
}
