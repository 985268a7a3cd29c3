package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;

class ActorCompatibilityTest {
    private final ActorCompatibility actors = ActorCompatibility.flat();

    private double score(Report a, Report b) {
        return ActorCompatibility.score(actors.sides(a), actors.sides(b));
    }

    @Test
    void score_bothSidesShared_isOne() {
        Report a = R.report("a").by("sdf").against("islamic-state").build();
        Report b = R.report("b").by("sdf", "us-led-coalition").against("islamic-state").build();
        assertEquals(1.0, score(a, b));
    }

    @Test
    void score_oneSideUnknown_isNotADisagreement() {
        Report a = R.report("a").by("sdf").against("islamic-state").build();
        Report b = R.report("b").against("islamic-state").build();
        assertEquals(0.5, score(a, b));
        assertEquals(0.0, score(a, R.report("c").build()));
    }

    @Test
    void score_sidesSwapped_matchesWithdrawalToldByTheSideThatLeft() {
        Report capture = R.report("a").by("islamic-state").against("syrian-arab-army").build();
        Report withdrawal = R.report("b").by("syrian-arab-army").against("islamic-state").build();
        assertEquals(1.0, score(capture, withdrawal));
    }

    @Test
    void score_disjointResolvedPerpetrators_countsAgainstButSameVictimsHelp() {
        Report a = R.report("a").by("syrian-arab-air-force").against("civilians").build();
        Report b = R.report("b").by("russian-aerospace-forces").against("civilians").build();
        assertEquals(0.0, score(a, b));
        Report c = R.report("c").by("russian-aerospace-forces").against("islamic-state").build();
        assertEquals(-1.0, score(a, c));
    }

    @Test
    void score_unresolvedVagueName_isNeitherAgreementNorConflict() {
        Report a = R.report("a").byUnresolved("an armed group").build();
        Report b = R.report("b").by("islamic-state").build();
        assertEquals(0.0, score(a, b));
    }

    @Test
    void score_unresolvedNamesSpelledAlike_agree() {
        Report a = R.report("a").byUnresolved("Al-Nusra Front").build();
        Report b = R.report("b").byUnresolved("al Nusra front").build();
        assertEquals(0.5, score(a, b));
    }

    @Test
    void withKnowledge_unitMatchesTheForcesItBelongsTo() {
        ActorCompatibility kb = ActorCompatibility.standard();
        // every knowledge-base actor's family contains itself, so a resolved id always matches itself
        Report a = R.report("a").by("syrian-arab-army").build();
        assertTrue(ActorCompatibility.score(kb.sides(a), kb.sides(a)) > 0);
    }
}
