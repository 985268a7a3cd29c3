package org.sitrep.analyse;

import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.Segment;
import org.sitrep.model.analysis.Town;
import org.sitrep.model.analysis.RouteState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;

/**
 * A route's days from its observations. On a day with stated statuses: cut when only closing states are said,
 * contested when closing and opening states are both said (both sides' evidence kept) or fighting is said, open
 * when only opening states are. Inferences ("closed for the first time in three months": open before) count only
 * on days nothing is stated. Violent events on or near the road make an open road contested and keep a cut one
 * cut. Without new evidence the last state is carried with a confidence halving every half-life until it falls
 * below the unknown threshold. Pure: the same observations give the same days.
 */
final class RouteTimeline {
    /** A point this close to a segment (km) lies on it. */
    private static final double ON_SEGMENT_KM = 1.0;
    /**
     * Events listed with a day, the weightiest first: a day of fighting in the cities on a long road counts a
     * hundred events or more, all weighed, but a reader checks a few and a year's answer would list fifty thousand.
     */
    static final int LISTED_EVENTS = 10;
    private final RouteSettings settings;

    RouteTimeline(RouteSettings settings) {
        this.settings = settings;
    }

    /** The state carried from the last day with evidence. */
    private record Known(LocalDate day, RouteState state, double confidence, CutPoint at,
                         List<EvidenceItem> evidence, int unlisted, List<String> reasons) {
        /** Nothing known on or before a day. */
        static Known nothing(LocalDate d) {
            return new Known(d, RouteState.UNKNOWN, 0, null, List.of(), 0,
                    List.of("no evidence about this road on or before this day"));
        }

        /** The same evidence, told for another reason (a day it is carried to). */
        Known because(String reason) {
            return new Known(day, state, confidence, at, evidence, unlisted, List.of(reason));
        }
    }

    List<RouteDay> days(Route route, List<Observation> observations, LocalDate from, LocalDate to) {
        TreeMap<LocalDate, List<Observation>> byDay = new TreeMap<>();
        for (Observation o : observations) {
            if (!o.day().isAfter(to)) {
                byDay.computeIfAbsent(o.day(), d -> new ArrayList<>()).add(o);
            }
        }
        Polyline line = new Polyline(route.towns());
        LocalDate start = byDay.isEmpty() || byDay.firstKey().isAfter(from) ? from : byDay.firstKey();
        List<RouteDay> out = new ArrayList<>();
        // what was last said of the road, and apart from it the fighting last seen on or near it: fighting fades
        // fast and the road falls back to what was said, as a place falls back to its holder after a battle
        Known known = null;
        Known fighting = null;
        for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
            List<Observation> today = byDay.getOrDefault(d, List.of());
            Known now = today(d, today, known);
            RouteDay day;
            if (now != null) {
                if (eventsOnly(today)) {
                    fighting = now;
                } else {
                    known = now;
                    fighting = null;
                }
                day = day(route, line, d, now, now.state(), now.confidence(), now.at());
            } else if (fighting != null && decayed(fighting, d) >= settings.unknownBelow()) {
                day = carried(route, line, d, fighting);
            } else if (known != null) {
                day = carried(route, line, d, known);
            } else {
                day = day(route, line, d, Known.nothing(d), RouteState.UNKNOWN, 0, null);
            }
            if (!d.isBefore(from)) {
                out.add(day);
            }
        }
        return out;
    }

    /** Whether a day's evidence is only events on or near the road, nothing said of the road itself. */
    private static boolean eventsOnly(List<Observation> today) {
        return today.stream().allMatch(o -> o.tier() == Observation.Tier.EVENT);
    }

    /** What the day's own evidence says, or null when it has none. */
    private Known today(LocalDate d, List<Observation> today, Known before) {
        List<Observation> stated = tier(today, Observation.Tier.STATED);
        List<Observation> events = tier(today, Observation.Tier.EVENT);
        List<Observation> basis = stated.isEmpty() ? tier(today, Observation.Tier.INFERRED) : stated;
        if (!basis.isEmpty()) {
            Known k = decide(d, basis);
            if (k.at() == null && before != null && before.at() != null && before.state() == k.state()
                    && k.state() != RouteState.OPEN && decayed(before, d) >= settings.unknownBelow()) {
                // "the road was still cut": the same cut, where it was last placed
                List<String> reasons = new ArrayList<>(k.reasons());
                reasons.add("placed near " + before.at().name() + " as on " + before.day());
                k = new Known(d, k.state(), k.confidence(), before.at(), k.evidence(), k.unlisted(), reasons);
            }
            if (k.state() == RouteState.OPEN && !events.isEmpty()) {
                return with(d, RouteState.CONTESTED, combine(events), k, events,
                        "violent events on or near the road although it is said to be open");
            }
            return events.isEmpty() ? k : with(d, k.state(), k.confidence(), k, events, null);
        }
        if (events.isEmpty()) {
            return null;
        }
        double carried = before == null ? 0 : decayed(before, d);
        if (before != null && before.state() == RouteState.CUT && carried >= settings.unknownBelow()) {
            return with(d, RouteState.CUT, carried, before, events, "cut since " + before.day()
                    + " by the evidence then; fighting on or near the road goes on");
        }
        Known none = new Known(d, RouteState.CONTESTED, 0, at(events), List.of(), 0, List.of());
        return with(d, RouteState.CONTESTED, combine(events), none, events,
                "violent events on or near the road and no statement of its state");
    }

    private Known decide(LocalDate d, List<Observation> basis) {
        List<Observation> closing = signal(basis, Observation.Signal.IMPASSABLE);
        List<Observation> opening = signal(basis, Observation.Signal.PASSABLE);
        List<Observation> fighting = signal(basis, Observation.Signal.CONTESTED);
        List<String> reasons = new ArrayList<>();
        RouteState state;
        double confidence;
        if (!closing.isEmpty() && !opening.isEmpty()) {
            state = RouteState.CONTESTED;
            confidence = Math.max(combine(closing), combine(opening));
            reasons.add("sources disagree: " + closing.size() + " say the road is closed or cut, " + opening.size()
                    + " that it is open or cleared");
        } else if (!closing.isEmpty()) {
            state = RouteState.CUT;
            confidence = combine(closing);
        } else if (!fighting.isEmpty()) {
            state = RouteState.CONTESTED;
            confidence = combine(fighting);
        } else {
            state = RouteState.OPEN;
            confidence = combine(opening);
        }
        for (Observation o : basis) {
            reasons.add(o.reason());
        }
        List<Observation> located = state == RouteState.OPEN ? List.of()
                : basis.stream().filter(o -> o.signal() != Observation.Signal.PASSABLE).toList();
        return new Known(d, state, confidence, at(located), evidence(basis), 0, dedupe(reasons));
    }

    private Known with(LocalDate d, RouteState state, double confidence, Known base, List<Observation> events,
                       String reason) {
        List<Observation> listed = weightiest(events);
        List<EvidenceItem> ev = new ArrayList<>(base.evidence());
        ev.addAll(evidence(listed));
        List<EvidenceItem> kept = dedupeEvidence(ev);
        LinkedHashSet<EvidenceItem> all = new LinkedHashSet<>(kept);
        events.forEach(o -> all.add(o.evidence()));
        int unlisted = base.unlisted() + all.size() - kept.size();
        List<String> reasons = new ArrayList<>(base.reasons());
        if (reason != null) {
            reasons.add(reason);
        }
        for (Observation o : listed) {
            reasons.add(o.reason());
        }
        if (listed.size() < events.size()) {
            reasons.add((events.size() - listed.size()) + " more violent events on or near the road this day are "
                    + "weighed but not listed; the " + listed.size() + " weightiest are");
        }
        CutPoint at = base.at() != null ? base.at() : at(events);
        return new Known(d, state, Math.min(1, confidence), at, kept, unlisted, dedupe(reasons));
    }

    /** The events listed with a day: the weightiest, in their order among equals. */
    private static List<Observation> weightiest(List<Observation> events) {
        if (events.size() <= LISTED_EVENTS) {
            return events;
        }
        List<Observation> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(Observation::weight).reversed());
        return sorted.subList(0, LISTED_EVENTS);
    }

    private RouteDay carried(Route route, Polyline line, LocalDate d, Known k) {
        // the last day's place goes with its state while the state is still known
        double c = decayed(k, d);
        RouteState state = c < settings.unknownBelow() ? RouteState.UNKNOWN : k.state();
        String reason = "no new evidence since " + k.day() + "; " + k.state().wireName() + " then, confidence "
                + "halving every " + fmt(settings.halfLife(k.state())) + " days"
                + (state == RouteState.UNKNOWN ? ", now too low to say" : "");
        return day(route, line, d, k.because(reason), state, c, state == RouteState.UNKNOWN ? null : k.at());
    }

    private double decayed(Known k, LocalDate d) {
        long days = ChronoUnit.DAYS.between(k.day(), d);
        return k.confidence() * Math.pow(0.5, days / settings.halfLife(k.state()));
    }

    /** A day as said: {@code told}'s evidence and reasons, with the state, confidence and place of the day. */
    private static RouteDay day(Route route, Polyline line, LocalDate d, Known told, RouteState state,
                                double confidence, CutPoint at) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < line.segments(); i++) {
            Town a = route.towns().get(i);
            Town b = route.towns().get(i + 1);
            if (state == RouteState.OPEN) {
                segments.add(new Segment(a, b, RouteState.OPEN, null));
            } else if (at != null && line.kmToSegment(i, at.lat(), at.lon()) <= ON_SEGMENT_KM) {
                segments.add(new Segment(a, b, state, at));
            } else {
                segments.add(new Segment(a, b, RouteState.UNKNOWN, null));
            }
        }
        List<String> why = new ArrayList<>(told.reasons());
        if (at == null && (state == RouteState.CUT || state == RouteState.CONTESTED)) {
            why.add("where along the road is not stated");
        }
        return new RouteDay(route, d, state, segments, Math.round(confidence * 1000) / 1000.0, told.evidence(),
                told.unlisted(), why);
    }

    private static CutPoint at(List<Observation> obs) {
        Observation best = null;
        for (Observation o : obs) {
            if (o.at() != null && (best == null || o.weight() > best.weight())) {
                best = o;
            }
        }
        return best == null ? null : best.at();
    }

    /** Independent pieces of evidence: the chance at least one is right. */
    static double combine(List<Observation> obs) {
        double none = 1;
        for (Observation o : obs) {
            none *= 1 - o.weight();
        }
        return 1 - none;
    }

    private static List<Observation> tier(List<Observation> obs, Observation.Tier t) {
        return obs.stream().filter(o -> o.tier() == t).toList();
    }

    private static List<Observation> signal(List<Observation> obs, Observation.Signal s) {
        return obs.stream().filter(o -> o.signal() == s).toList();
    }

    private static List<EvidenceItem> evidence(List<Observation> obs) {
        return dedupeEvidence(obs.stream().map(Observation::evidence).toList());
    }

    private static List<EvidenceItem> dedupeEvidence(List<EvidenceItem> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }

    private static List<String> dedupe(List<String> s) {
        return List.copyOf(new LinkedHashSet<>(s));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
