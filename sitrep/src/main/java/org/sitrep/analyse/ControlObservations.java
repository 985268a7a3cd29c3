package org.sitrep.analyse;

import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.PlaceRef;
import org.sitrep.model.analysis.Side;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ReportRecord;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventFacts;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import org.sitrep.store.Store;

/**
 * Gathers what the record says about who holds a place: curated starting states (control_start.tsv), ground taken
 * there (the taker holds it), fighting there (contested), and status observations of the place ("held by",
 * "under siege"). Only events and reports placed at the place itself count, not ones merely near it.
 */
final class ControlObservations {
    /** Evidence this many days before a window still carries into it (at most; see ControlAnalysis). */
    static final int LOOKBACK_DAYS = 365;
    static final String STARTS = "control_start.tsv";
    /** A store query circle just wide enough to take in a town's own point. */
    static final double QUERY_KM = 2;
    /** An event dated to this many days counts on each of them; wider windows say nothing about a day. */
    private static final int EVERY_DAY_WITHIN = 2;

    private final Store store;
    private final Sides sides;
    private final ControlSettings settings;
    private final List<DataRow> starts;

    ControlObservations(Store store, Sides sides, ControlSettings settings, List<DataRow> starts) {
        this.store = store;
        this.sides = sides;
        this.settings = settings;
        this.starts = List.copyOf(starts);
    }

    static List<DataRow> bundledStarts() {
        return AnalyseData.rows(STARTS, "place", 4);
    }

    /**
     * The claims about a place from {@code lookBack} days before {@code from} to {@code to}, and every start; its
     * events from {@code read} when that holds the place's area over those days, else from the store.
     */
    List<ControlClaim> of(PlaceRef place, LocalDate from, LocalDate to, int lookBack, EventsRead read) {
        List<ControlClaim> out = new ArrayList<>();
        starts(place, to, out);
        LocalDate earliest = from.minusDays(lookBack);
        Near around = new Near(place.lat(), place.lon(), QUERY_KM);
        if (read != null && read.covers(earliest, to) && read.holds(WeighedTypes.ALL)) {
            read.within(around, earliest, to).forEach(e -> event(place, e, out));
        } else {
            store.streamEventFacts(Query.all().from(earliest).to(to).near(around), e -> event(place, e, out));
        }
        // a status report counts only when placed at this very place, so it sits at the place's coordinates: found
        // through the position index, where a search by name scanned every report of the window and look-back
        store.streamReports(Query.all().from(earliest).to(to).near(new Near(place.lat(), place.lon(), QUERY_KM)),
                ReportKind.STATUS, rec -> status(place, rec, out));
        return out;
    }

    private void starts(PlaceRef place, LocalDate to, List<ControlClaim> out) {
        for (DataRow r : starts) {
            if (!r.col(0).equals(place.gazetteerId())) {
                continue;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(r.col(2));
            } catch (DateTimeParseException e) {
                throw r.error("a start date is YYYY-MM-DD, not '" + r.col(2) + "'");
            }
            if (!day.isAfter(to)) {
                Side holder = new Side(sides.name(r.col(1)), r.col(1));
                out.add(new ControlClaim(day, holder, settings.start(), new EvidenceItem(null, null, r.col(4),
                        r.col(3), Modality.ASSERTED.wireName()), "curated starting state: held by " + holder.name()
                        + " from " + day + " (" + r.col(3) + ")"));
            }
        }
    }

    private void event(PlaceRef place, EventFacts e, List<ControlClaim> out) {
        Location loc = e.location();
        if (loc == null || e.date() == null || e.subEventType() == null
                || !place.gazetteerId().equals(loc.gazetteerId())
                || ChronoUnit.DAYS.between(e.date().start(), e.date().end()) > EVERY_DAY_WITHIN) {
            return;
        }
        SubEventType t = e.subEventType();
        Side taker = taker(e);
        boolean territorial = WeighedTypes.territorial(t);
        boolean fighting = WeighedTypes.fighting(t);
        if (!territorial && !fighting || territorial && taker == null && !fighting) {
            return;
        }
        EvidenceItem ev = EvidenceTexts.pending(e.firstReportId(), e.id(), String.join(", ", e.sources()),
                Modality.ASSERTED.wireName());
        for (LocalDate d = e.date().start(); !d.isAfter(e.date().end()); d = d.plusDays(1)) {
            if (territorial && taker != null) {
                out.add(new ControlClaim(d, taker, settings.taken(), ev, t.label() + ": " + taker.name()
                        + " takes it (event " + e.id() + ")"));
            } else {
                out.add(new ControlClaim(d, null, settings.fighting(), ev, t.label() + " there (event " + e.id()
                        + ")"));
            }
        }
    }

    /** Who takes the ground: the party of the event's first named actor. */
    private Side taker(EventFacts e) {
        for (ActorRef a : e.actor1()) {
            return party(a);
        }
        return null;
    }

    /**
     * The side an actor holds ground for: its party ("the Syrian Arab Army holds it" and "the Syrian Armed Forces
     * hold it" agree, not two claimants), or the actor as named when the knowledge base does not know it.
     */
    private Side party(ActorRef a) {
        if (a.id() == null) {
            return new Side(a.name(), null);
        }
        String p = sides.party(a.id());
        return p.equals(a.id()) ? new Side(a.name(), a.id()) : new Side(sides.name(p), p);
    }

    private void status(PlaceRef place, ReportRecord rec, List<ControlClaim> out) {
        Report r = rec.report();
        double w = settings.weight(r.modality());
        if (r.kind() != ReportKind.STATUS || r.status().subject() != Status.Subject.PLACE || r.location() == null
                || !place.gazetteerId().equals(r.location().gazetteerId()) || r.date() == null || w == 0
                || r.flags().contains(Status.TIME_CLAUSE_FLAG)) {
            return;
        }
        Status.State s = r.status().state();
        EvidenceItem ev = new EvidenceItem(r.id(), r.eventId(), r.evidence().text(), source(rec),
                r.modality().wireName());
        LocalDate day = r.date().end();
        String said = s.wireName() + " \u2018" + r.status().mention().text() + "\u2019 on " + day;
        if (s == Status.State.HELD && !r.actor1().isEmpty()) {
            ActorRef a = r.actor1().get(0);
            out.add(new ControlClaim(day, party(a), w, ev, source(rec) + ": " + said + ", by " + a.name()));
        } else if (s == Status.State.BESIEGED || s == Status.State.CONTESTED) {
            out.add(new ControlClaim(day, null, w, ev, source(rec) + ": " + said));
        }
    }

    private static String source(ReportRecord rec) {
        return rec.document().outlet() != null ? rec.document().outlet() : rec.document().id();
    }
}
