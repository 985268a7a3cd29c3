package org.sitrep.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.RouteState;
import org.sitrep.model.analysis.Town;

/**
 * Regression (found by the simulated worlds of bench/run analysis): fighting near a road used to replace what was
 * said of the road, so a road said open, then with a strike nearby, became contested and then unknown a few days
 * later, although it was said open days before and nothing said otherwise. Fighting now fades back to what was
 * said.
 */
class RouteFightingFadesTest {
    private static final Route ROAD = new Route("road:test", "Test road", List.of(), List.of(
            new Town("West", "t:w", 35.0, 37.0), new Town("East", "t:e", 35.0, 38.0)), List.of(), "https://example.org");
    private static final RouteSettings SETTINGS = RouteSettings.standard();
    private static final LocalDate D = LocalDate.of(2020, 3, 10);

    private static Observation obs(LocalDate day, Observation.Signal s, double w, String id, Observation.Tier tier) {
        return new Observation(day, s, w, null, new EvidenceItem(id, null, "text " + id, "Outlet", "asserted"),
                "reason " + id, tier);
    }

    @Test
    void fightingNearAnOpenRoad_contestedThenOpenAgain_notUnknown() {
        List<RouteDay> ds = new RouteTimeline(SETTINGS).days(ROAD, List.of(
                obs(D, Observation.Signal.PASSABLE, 0.9, "open", Observation.Tier.STATED),
                obs(D.plusDays(2), Observation.Signal.CONTESTED, 0.5, "strike", Observation.Tier.EVENT)),
                D, D.plusDays(12));
        assertEquals(RouteState.OPEN, ds.get(1).status());
        assertEquals(RouteState.CONTESTED, ds.get(2).status());
        assertEquals(RouteState.CONTESTED, ds.get(3).status());
        // the fighting has faded below the unknown threshold; the road said open six days ago is still open
        RouteDay after = ds.get(8);
        assertEquals(RouteState.OPEN, after.status(), after.reasons()::toString);
        assertEquals(0.9 * Math.pow(0.5, 8 / SETTINGS.halfLife(RouteState.OPEN)), after.confidence(), 1e-3);
    }

    @Test
    void fightingNearACutRoad_staysCutAfterTheFightingFades() {
        List<RouteDay> ds = new RouteTimeline(SETTINGS).days(ROAD, List.of(
                obs(D, Observation.Signal.IMPASSABLE, 0.9, "cut", Observation.Tier.STATED),
                obs(D.plusDays(1), Observation.Signal.CONTESTED, 0.5, "clash", Observation.Tier.EVENT)),
                D, D.plusDays(6));
        assertEquals(RouteState.CUT, ds.get(1).status());
        assertEquals(RouteState.CUT, ds.get(5).status(), ds.get(5).reasons()::toString);
    }
}
