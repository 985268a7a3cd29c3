package org.sitrep.analyse;

import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.Town;
import org.sitrep.model.analysis.RouteState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Days of a made-up road from made-up observations: the rules of RouteTimeline one by one. */
class RouteTimelineTest {
    private static final Town WEST = new Town("West", "t:w", 35.0, 37.0);
    private static final Town MIDDLE = new Town("Middle", "t:m", 35.0, 37.5);
    private static final Town EAST = new Town("East", "t:e", 35.0, 38.0);
    private static final Route ROAD = new Route("road:test", "Test road", List.of(), List.of(WEST, MIDDLE, EAST),
            List.of(), "https://example.org");
    private static final RouteSettings SETTINGS = RouteSettings.standard();
    private static final LocalDate D = LocalDate.of(2020, 3, 10);

    private static Observation obs(LocalDate day, Observation.Signal s, double w, CutPoint at, String id,
                                   Observation.Tier tier) {
        return new Observation(day, s, w, at, new EvidenceItem(id, null, "text " + id, "Outlet", "asserted"),
                "reason " + id, tier);
    }

    private static List<RouteDay> days(List<Observation> obs, LocalDate from, LocalDate to) {
        return new RouteTimeline(SETTINGS).days(ROAD, obs, from, to);
    }

    @Test
    void noEvidence_unknownEveryDay() {
        List<RouteDay> ds = days(List.of(), D, D.plusDays(2));
        assertEquals(3, ds.size());
        assertTrue(ds.stream().allMatch(d -> d.status() == RouteState.UNKNOWN && d.evidence().isEmpty()));
    }

    @Test
    void cutAtAPlace_thatSegmentCutOthersUnknown_thenDecaysToUnknown() {
        CutPoint at = new CutPoint("Near middle-east", 35.0, 37.75);
        List<RouteDay> ds = days(List.of(obs(D, Observation.Signal.IMPASSABLE, 0.9, at, "r1",
                Observation.Tier.STATED)), D, D.plusDays(20));
        RouteDay first = ds.get(0);
        assertEquals(RouteState.CUT, first.status());
        assertEquals(0.9, first.confidence(), 1e-9);
        assertEquals(RouteState.UNKNOWN, first.segments().get(0).status());
        assertEquals(RouteState.CUT, first.segments().get(1).status());
        assertEquals(at, first.segments().get(1).cutAt());
        // one half-life later: half as sure, still cut, same evidence
        RouteDay later = ds.get((int) SETTINGS.halfLifeCut());
        assertEquals(RouteState.CUT, later.status());
        assertEquals(0.45, later.confidence(), 1e-3);
        assertEquals(first.evidence(), later.evidence());
        assertEquals(RouteState.UNKNOWN, ds.get(20).status());
        assertNull(ds.get(20).segments().get(1).cutAt());
    }

    @Test
    void closingAndOpeningSaidTheSameDay_contestedWithBothSidesEvidence() {
        RouteDay d = days(List.of(obs(D, Observation.Signal.IMPASSABLE, 0.8, null, "r1", Observation.Tier.STATED),
                obs(D, Observation.Signal.PASSABLE, 0.6, null, "r2", Observation.Tier.STATED)), D, D).get(0);
        assertEquals(RouteState.CONTESTED, d.status());
        assertEquals(2, d.evidence().size());
        assertTrue(d.reasons().get(0).startsWith("sources disagree"), d.reasons()::toString);
    }

    @Test
    void inferredOpen_onlyWhereNothingIsStated() {
        List<RouteDay> ds = days(List.of(
                obs(D, Observation.Signal.PASSABLE, 0.5, null, "inf", Observation.Tier.INFERRED),
                obs(D.plusDays(1), Observation.Signal.PASSABLE, 0.5, null, "inf", Observation.Tier.INFERRED),
                obs(D.plusDays(1), Observation.Signal.IMPASSABLE, 0.9, null, "r1", Observation.Tier.STATED)),
                D, D.plusDays(1));
        assertEquals(RouteState.OPEN, ds.get(0).status());
        assertTrue(ds.get(0).segments().stream().allMatch(s -> s.status() == RouteState.OPEN));
        assertEquals(RouteState.CUT, ds.get(1).status());
    }

    @Test
    void violentEvents_makeAnOpenRoadContestedAndKeepACutOneCut() {
        List<RouteDay> open = days(List.of(
                obs(D, Observation.Signal.PASSABLE, 0.9, null, "r1", Observation.Tier.STATED),
                obs(D.plusDays(1), Observation.Signal.CONTESTED, 0.5, null, "e1", Observation.Tier.EVENT)),
                D, D.plusDays(1));
        assertEquals(RouteState.OPEN, open.get(0).status());
        assertEquals(RouteState.CONTESTED, open.get(1).status());
        List<RouteDay> cut = days(List.of(
                obs(D, Observation.Signal.IMPASSABLE, 0.9, null, "r1", Observation.Tier.STATED),
                obs(D.plusDays(1), Observation.Signal.CONTESTED, 0.5, null, "e1", Observation.Tier.EVENT)),
                D, D.plusDays(1));
        assertEquals(RouteState.CUT, cut.get(1).status());
        assertEquals(2, cut.get(1).evidence().size());
    }

    @Test
    void stillCutWithoutAPlace_keepsWhereItWasCut() {
        CutPoint at = new CutPoint("Middle", 35.0, 37.5);
        List<RouteDay> ds = days(List.of(obs(D, Observation.Signal.IMPASSABLE, 0.9, at, "r1", Observation.Tier.STATED),
                obs(D.plusDays(1), Observation.Signal.IMPASSABLE, 0.9, null, "r2", Observation.Tier.STATED)),
                D, D.plusDays(1));
        assertEquals(at, ds.get(1).segments().get(0).cutAt());
        assertEquals(at, ds.get(1).segments().get(1).cutAt(), "a town between two segments cuts both");
    }

    @Test
    void evidenceBeforeTheWindow_carriesIntoIt() {
        RouteDay d = days(List.of(obs(D.minusDays(2), Observation.Signal.IMPASSABLE, 0.9, null, "r1",
                Observation.Tier.STATED)), D, D).get(0);
        assertEquals(RouteState.CUT, d.status());
        assertEquals(1, d.evidence().size());
    }

    @Test
    void heavyFighting_listsTheWeightiestEvents_countsTheRest_weighsThemAll() {
        List<Observation> obs = new java.util.ArrayList<>();
        for (int i = 0; i < RouteTimeline.LISTED_EVENTS + 15; i++) {
            // weights rise with i: the last ten are the weightiest
            obs.add(obs(D, Observation.Signal.CONTESTED, 0.01 + i * 0.001, null, "e" + i, Observation.Tier.EVENT));
        }
        List<RouteDay> ds = days(obs, D, D.plusDays(1));
        RouteDay d = ds.get(0);
        assertEquals(RouteState.CONTESTED, d.status());
        assertEquals(RouteTimeline.LISTED_EVENTS, d.evidence().size());
        assertTrue(d.evidence().stream().noneMatch(e -> e.reportId().equals("e14")), "a light event left out");
        assertTrue(d.evidence().stream().anyMatch(e -> e.reportId().equals("e24")), "the weightiest listed");
        assertEquals(15, d.unlistedEvidence());
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("15 more violent events")), d.reasons()::toString);
        assertTrue(d.reasons().stream().noneMatch(r -> r.equals("reason e0")), "reasons only for listed events");
        // every event weighed, listed or not
        assertEquals(Math.round(RouteTimeline.combine(obs) * 1000) / 1000.0, d.confidence(), 1e-9);
        // the next day carries the same listing and count
        assertEquals(d.evidence(), ds.get(1).evidence());
        assertEquals(15, ds.get(1).unlistedEvidence());
    }
}
