package org.sitrep.analyse;

import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.PlaceRef;
import org.sitrep.model.analysis.Side;
import org.sitrep.model.analysis.ControlState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.DataRow;

/** Who holds a made-up town, from made-up claims: the rules of ControlTimeline one by one. */
class ControlTimelineTest {
    private static final PlaceRef TOWN = new PlaceRef("Town", "t:town", 35.0, 37.0);
    private static final Side ARMY = new Side("Army", "army");
    private static final Side REBELS = new Side("Rebels", "rebels");
    private static final ControlSettings SETTINGS = ControlSettings.standard();
    private static final LocalDate D = LocalDate.of(2019, 5, 1);

    private static ControlClaim claim(LocalDate day, Side holder, double w, String id) {
        return new ControlClaim(day, holder, w, new EvidenceItem(id, null, "text " + id, "Outlet", "asserted"),
                "reason " + id);
    }

    private static List<ControlInterval> intervals(List<ControlClaim> claims, LocalDate from, LocalDate to) {
        return new ControlTimeline(SETTINGS).intervals(TOWN, claims, from, to);
    }

    @Test
    void oneSideTakesIt_heldInOneIntervalUntilTheHoldFadesToUnknown() {
        List<ControlInterval> is = intervals(List.of(claim(D, ARMY, 0.8, "r1")), D, D.plusDays(400));
        assertEquals(ControlState.HELD, is.get(0).status());
        assertEquals(ARMY, is.get(0).holder());
        assertEquals(D, is.get(0).from());
        assertEquals(0.8, is.get(0).confidence(), 1e-9);
        ControlInterval last = is.get(is.size() - 1);
        assertEquals(ControlState.UNKNOWN, last.status());
        assertNull(last.holder());
        // 0.8 halves below 0.25 after two half-lives: the hold lasts longer than one half-life and less than three
        long heldDays = is.get(0).to().toEpochDay() - D.toEpochDay();
        assertTrue(heldDays > SETTINGS.halfLifeHeld() && heldDays < 3 * SETTINGS.halfLifeHeld(), "" + heldDays);
    }

    @Test
    void twoSidesClaimItTheSameDay_contestedWithBothSidesEvidence_neverASilentPick() {
        List<ControlInterval> is = intervals(List.of(claim(D, ARMY, 0.8, "r1"), claim(D, REBELS, 0.6, "r2")), D, D);
        assertEquals(1, is.size());
        assertEquals(ControlState.CONTESTED, is.get(0).status());
        assertNull(is.get(0).holder());
        assertEquals(2, is.get(0).evidence().size());
        assertTrue(is.get(0).reasons().get(0).contains("Army") && is.get(0).reasons().get(0).contains("Rebels"));
    }

    @Test
    void fightingAtAHeldTown_contestedForDaysThenBackToItsHolder() {
        List<ControlInterval> is = intervals(List.of(claim(D, ARMY, 0.9, "r1"),
                claim(D.plusDays(10), null, 0.5, "e1")), D, D.plusDays(40));
        assertEquals(List.of(ControlState.HELD, ControlState.CONTESTED, ControlState.HELD),
                is.stream().map(ControlInterval::status).toList());
        assertEquals(D.plusDays(10), is.get(1).from());
        assertEquals(ARMY, is.get(2).holder());
        assertTrue(is.get(1).reasons().stream().anyMatch(r -> r.contains("held by Army")), is.get(1).reasons()::toString);
    }

    @Test
    void aRetaking_changesTheHolder() {
        List<ControlInterval> is = intervals(List.of(claim(D, ARMY, 0.8, "r1"),
                claim(D.plusDays(5), REBELS, 0.8, "r2")), D, D.plusDays(6));
        assertEquals(2, is.size());
        assertEquals(ARMY, is.get(0).holder());
        assertEquals(D.plusDays(4), is.get(0).to());
        assertEquals(REBELS, is.get(1).holder());
    }

    @Test
    void badSettings_failNamingFileAndLine() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ControlSettings.of(List.of(
                new DataRow("control_decay.tsv", 6, new String[] {"half_life_days.held", "soon", ""},
                        AnalyseData.DataException::new))));
        assertTrue(e.getMessage().startsWith("control_decay.tsv line 6: "), e.getMessage());
        RuntimeException missing = assertThrows(RuntimeException.class, () -> ControlSettings.of(List.of()));
        assertTrue(missing.getMessage().contains("missing setting"), missing.getMessage());
    }

    @Test
    void aLookBackThatReachesASettledDay_givesTheLongestLookBacksAnswer() {
        // random claims over a year and a half; for look-backs that settle, the claims before them change nothing
        java.util.Random rnd = new java.util.Random(11);
        LocalDate from = D.plusDays(400);
        int settled = 0;
        int unsettled = 0;
        for (int world = 0; world < 300; world++) {
            List<ControlClaim> claims = new java.util.ArrayList<>();
            int n = 1 + rnd.nextInt(world % 3 == 0 ? 8 : 120);
            for (int i = 0; i < n; i++) {
                int r = rnd.nextInt(10);
                Side who = r < 4 ? null : r < 8 ? ARMY : REBELS;
                claims.add(claim(D.plusDays(rnd.nextInt(430)), who, 0.3 + rnd.nextDouble() * 0.6, "c" + i));
            }
            List<ControlInterval> whole = intervals(claims, from, from.plusDays(29));
            for (int back : new int[] {3, 7, 30, 120}) {
                LocalDate first = from.minusDays(back);
                if (ControlTimeline.settles(claims, first, from)) {
                    settled++;
                    List<ControlClaim> recent = claims.stream().filter(c -> !c.day().isBefore(first)).toList();
                    assertEquals(whole, intervals(recent, from, from.plusDays(29)), "world " + world + ", " + back);
                } else {
                    unsettled++;
                }
            }
        }
        assertTrue(settled > 100 && unsettled > 100, settled + " settled, " + unsettled + " not");
    }

    @Test
    void aDayBothSidesClaim_orOnlyFighting_settlesNothing() {
        assertFalse(ControlTimeline.settles(List.of(claim(D, ARMY, 0.8, "r1"), claim(D, REBELS, 0.8, "r2"),
                claim(D.plusDays(1), null, 0.5, "e1")), D, D.plusDays(1)));
        assertTrue(ControlTimeline.settles(List.of(claim(D, ARMY, 0.8, "r1"), claim(D, null, 0.5, "e1")), D, D));
        assertFalse(ControlTimeline.settles(List.of(claim(D, ARMY, 0.8, "r1")), D.plusDays(1), D.plusDays(9)),
                "a day before the range");
    }
}
