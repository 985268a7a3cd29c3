package org.sitrep.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sitrep.bench.scale.ScaleWorld.Spot;
import org.sitrep.knowledge.actors.Actor;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateSpan;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Grade;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.SourceTally;
import org.sitrep.model.Span;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;
import org.sitrep.model.analysis.Route;
import org.sitrep.store.ChangeSet;

/**
 * Ten years of a synthetic war, one day at a time, as the change sets the recorder would commit: each day's events
 * (a yearly intensity curve with daily noise, so 2013–2016 are busiest), told by one to three reports each in
 * documents of one to five reports from a pool of outlets published that day or up to two days later, plus status
 * observations of the known routes now and then. Every event is written with the document of its last report.
 * The same seed and size give the same records.
 */
final class SyntheticDays {
    static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);
    private static final double[] YEAR_INTENSITY = {1.0, 1.6, 1.6, 1.5, 1.5, 1.2, 1.0, 0.7, 0.5, 0.4};
    private static final int OUTLETS = 40;
    /** Chance that a given route gets a status observation on a given day. */
    private static final double ROUTE_STATUS_PER_DAY = 0.1;
    private static final Status.State[] ROUTE_STATES = {Status.State.CUT, Status.State.BLOCKED, Status.State.OPEN,
            Status.State.REOPENED, Status.State.CONTESTED, Status.State.CLOSED};

    private final ScaleWorld world;
    private final SplittableRandom rnd;
    private final int[] quota;
    private int day;
    private long events;
    private long reports;

    SyntheticDays(ScaleWorld world, long totalEvents, long seed) {
        this.world = world;
        this.rnd = new SplittableRandom(seed);
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        double[] w = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            w[d] = YEAR_INTENSITY[FIRST_DAY.plusDays(d).getYear() - FIRST_DAY.getYear()]
                    * (0.6 + 0.8 * rnd.nextDouble());
            sum += w[d];
        }
        quota = new int[days];
        double acc = 0;
        long given = 0;
        for (int d = 0; d < days; d++) {
            acc += w[d] / sum * totalEvents;
            quota[d] = (int) (Math.round(acc) - given);
            given += quota[d];
        }
    }

    boolean hasNext() {
        return day < quota.length;
    }

    long reports() {
        return reports;
    }

    /** The change sets of the next day, in commit order. */
    List<ChangeSet> nextDay() {
        LocalDate date = FIRST_DAY.plusDays(day);
        List<Planned> pool = new ArrayList<>();
        Map<String, Integer> reportsLeft = new HashMap<>();
        List<Event> dayEvents = new ArrayList<>();
        for (int i = 0; i < quota[day]; i++) {
            Event e = event(date, pool);
            dayEvents.add(e);
            reportsLeft.put(e.id(), e.reportIds().size());
        }
        for (Route r : world.routes()) {
            if (rnd.nextDouble() < ROUTE_STATUS_PER_DAY) {
                pool.add(new Planned(null, routeStatus(r, date)));
            }
        }
        // shuffle the day's reports into documents
        for (int i = pool.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Planned t = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, t);
        }
        Map<String, Event> byId = new HashMap<>();
        dayEvents.forEach(e -> byId.put(e.id(), e));
        List<ChangeSet> out = new ArrayList<>();
        int next = 0;
        int docNo = 0;
        while (next < pool.size()) {
            int size = Math.min(pool.size() - next, 1 + rnd.nextInt(5));
            out.add(document(date, docNo++, pool.subList(next, next + size), byId, reportsLeft));
            next += size;
        }
        day++;
        return out;
    }

    /** A report before its document is known: the event it tells (null for a status) and what it says. */
    private record Planned(Event event, Draft draft) {
    }

    private record Draft(ReportKind kind, SubEventType type, List<ActorRef> actor1, List<ActorRef> actor2,
                         Location location, DateSpan date, Integer fatalities, String sentence, Status status) {
    }

    private Event event(LocalDate day, List<Planned> pool) {
        String id = id('e', events++);
        Spot spot = world.place(rnd);
        SubEventType type = world.type(rnd);
        Actor a = world.actor(rnd);
        List<ActorRef> actor1 = List.of(ref(a));
        List<ActorRef> actor2 = List.of();
        if (type.eventType() == SubEventType.EventType.BATTLES) {
            Actor b = world.actor(rnd);
            actor2 = b == a ? List.of() : List.of(ref(b));
        }
        double u = rnd.nextDouble();
        int precision = u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
        Location loc = new Location(spot.name(), Mention.of(spot.name(), 0, spot.name().length()), spot.lat(),
                spot.lon(), precision, spot.gazetteerId(), spot.admin1(), "SY", List.of());
        DateSpan date = rnd.nextDouble() < 0.93 ? DateSpan.day(day, Mention.of(day.toString(), 0, 10))
                : new DateSpan(day.minusDays(1 + rnd.nextInt(6)), day, DatePrecision.WEEK, null, List.of());
        Integer fatalities = type.eventType() == SubEventType.EventType.PROTESTS ? null
                : rnd.nextDouble() < 0.45 ? 0 : 1 + (int) (-Math.log(1 - rnd.nextDouble()) * 4);
        String sentence = a.name() + " " + verb(type) + " " + spot.name() + " on " + date.end()
                + (fatalities == null || fatalities == 0 ? "" : ", killing " + fatalities + " people") + ".";
        Draft draft = new Draft(ReportKind.EVENT, type, actor1, actor2, loc, date, fatalities, sentence, null);
        double k = rnd.nextDouble();
        int told = k < 0.75 ? 1 : k < 0.95 ? 2 : 3;
        List<String> reportIds = new ArrayList<>();
        for (int i = 0; i < told; i++) {
            String rid = id('r', reports++);
            reportIds.add(rid);
        }
        Event e = new Event(id, type, actor1, actor2, List.of(), List.of(), loc, date, fatalities, reportIds,
                List.of(), List.of());
        for (int i = 0; i < told; i++) {
            pool.add(new Planned(e, draft));
        }
        return e;
    }

    private Draft routeStatus(Route r, LocalDate day) {
        Status.State state = ROUTE_STATES[rnd.nextInt(ROUTE_STATES.length)];
        Mention m = Mention.of(r.name(), 0, r.name().length());
        Spot mid = new Spot(r.name(), r.id(), null, r.towns().get(r.towns().size() / 2).lat(),
                r.towns().get(r.towns().size() / 2).lon());
        Location loc = new Location(r.name(), m, mid.lat(), mid.lon(), 2, r.id(), null, "SY", List.of());
        String sentence = "The " + r.name() + " was " + state.wireName() + " on " + day + ".";
        Status status = new Status(state, Status.Subject.ROUTE, Mention.of(state.wireName(), 0, 3), null, null);
        return new Draft(ReportKind.STATUS, null, List.of(), List.of(), loc, DateSpan.day(day, m), null, sentence,
                status);
    }

    private ChangeSet document(LocalDate day, int no, List<Planned> items, Map<String, Event> events,
                               Map<String, Integer> reportsLeft) {
        String docId = "sd" + day.toEpochDay() + "-" + no;
        String outlet = "Outlet " + (1 + rnd.nextInt(OUTLETS));
        LocalDate published = day.plusDays(rnd.nextInt(3));
        DocumentInfo info = new DocumentInfo(docId, "synthetic/" + docId + ".txt", "Report of " + day, outlet,
                null, published, null, "text/plain", "UTF-8", List.of());
        List<Report> reps = new ArrayList<>();
        List<ChangeSet.EventWrite> writes = new ArrayList<>();
        Map<String, Integer> usedOfEvent = new HashMap<>();
        for (Planned p : items) {
            Draft d = p.draft();
            String rid;
            String eventId = null;
            if (p.event() != null) {
                eventId = p.event().id();
                int left = reportsLeft.merge(eventId, -1, Integer::sum);
                rid = p.event().reportIds().get(p.event().reportIds().size() - 1 - left);
                usedOfEvent.merge(eventId, 1, Integer::sum);
            } else {
                rid = id('s', reports++);
            }
            Evidence ev = new Evidence(docId, d.sentence(), new Span(0, d.sentence().length()));
            Quantity dead = d.fatalities() == null ? null : new Quantity(d.fatalities(), Mention.of("killing", 0, 7));
            reps.add(new Report(rid, d.kind(), eventId, docId, SectionKind.BODY, ev, Mention.of("x", 0, 1), d.type(),
                    null, null, null, d.actor1(), d.actor2(), List.of(), List.of(), d.location(), d.date(), dead,
                    null, null, Modality.ASSERTED, List.of(new Attribution(outlet, Attribution.Role.DOCUMENT_OUTLET,
                    null)), List.of(), List.of(), d.status()));
            if (eventId != null && reportsLeft.get(eventId) == 0) {
                writes.add(new ChangeSet.EventWrite(assessed(events.get(eventId), outlet), docId, writes.size(),
                        List.of(outlet)));
            }
        }
        int eventCount = new LinkedHashSet<>(usedOfEvent.keySet()).size();
        return new ChangeSet(new ChangeSet.NewDocument(info, reps, eventCount, null, null, null, null, null),
                Map.of(), List.of(), writes);
    }

    private Event assessed(Event e, String outlet) {
        int n = e.reportIds().size();
        SourceTally tally = new SourceTally(n, List.of(outlet), List.of(), List.of(outlet), List.of());
        char reliability = (char) ('B' + rnd.nextInt(5));
        int credibility = n > 1 ? 2 + rnd.nextInt(2) : 3 + rnd.nextInt(4);
        return e.withAssessment(tally, List.of(), new Grade(reliability, credibility, null,
                List.of("synthetic grade: " + n + " report" + (n == 1 ? "" : "s"))));
    }

    private static ActorRef ref(Actor a) {
        return new ActorRef(a.name(), a.id(), a.category(), Mention.of(a.name(), 0, a.name().length()));
    }

    private static String verb(SubEventType t) {
        return switch (t.eventType()) {
            case BATTLES -> "fought at";
            case EXPLOSIONS_REMOTE_VIOLENCE -> "struck";
            case VIOLENCE_AGAINST_CIVILIANS -> "attacked civilians in";
            case PROTESTS, RIOTS -> "gathered in";
            default -> "moved into";
        };
    }

    /** A stable id that does not follow the date order (as hashed ids do not): a mixed sequence number. */
    private static String id(char prefix, long seq) {
        long x = seq * 0x9E3779B97F4A7C15L;
        x ^= x >>> 31;
        return prefix + String.format("%016x", x);
    }
}
