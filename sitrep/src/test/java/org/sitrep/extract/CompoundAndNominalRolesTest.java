package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Acceptance checks of issue #3 "Roles" on sentences we wrote: compound actors, passive agents, nominal events,
 * appositions and coordination (see docs/acceptance-3-4.md).
 */
class CompoundAndNominalRolesTest {
    private static Report only(String sentence) {
        return ExtractStageTest.only(Fixtures.body(sentence));
    }

    private static List<String> a1(Report r) {
        return ExtractStageTest.names(r.actor1());
    }

    @Test
    void compoundSubject_twoGroupsAttack_oneReportWithBothActors() {
        Report r = only("IS and Nusra attacked an army checkpoint near Hama on Monday.");
        assertEquals(List.of("IS", "Nusra"), a1(r));
    }

    @Test
    void passiveKilledBy_agentIsActor1AndVictimCounted() {
        Report r = only("A nurse was killed by Syrian Arab Army shelling in Idlib.");
        assertEquals(List.of("Syrian Arab Army"), a1(r));
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, r.subEventType());
        assertEquals(1, r.fatalities().value());
        assertEquals("A nurse", r.fatalities().mention().text());
    }

    @Test
    void activeProgressive_subjectActsAndAParticiplesAgentIsNoneOfIts() {
        // "are shelling" is active; "planted by the militants" names who planted, not who dismantles
        assertEquals(List.of("Rebels"), a1(only("Rebels are shelling army positions near Hama.")));
        Report r = only("Army sappers are dismantling mines planted by IS militants near Palmyra.");
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, r.subEventType());
        assertEquals(List.of("Army"), a1(r));
    }

    @Test
    void nominalInstrumentAsSubject_ownerIsActor1() {
        Report r = only("ISIS mortar fire killed three soldiers in Deir ez-Zor.");
        assertEquals(List.of("ISIS"), a1(r));
        assertEquals(List.of("soldiers"), ExtractStageTest.names(r.actor2()));
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, r.subEventType());
        assertEquals(3, r.fatalities().value());
        assertEquals("Deir ez-Zor", r.location().name());
    }

    @Test
    void nominalAttackOnTargetByAgent_agentIsActor1() {
        Report r = only("The attack on the checkpoint by Jabhat al-Nusra left four soldiers dead near Aleppo.");
        assertEquals(List.of("Jabhat al-Nusra"), a1(r));
        assertEquals(4, r.fatalities().value());
        assertEquals("Aleppo", r.location().name());
    }

    @Test
    void appositionWithIndefiniteArticle_oneActorNotTwo() {
        Report r = only("Ahrar al-Sham, an Islamist rebel faction, shelled government positions in Hama.");
        assertEquals(List.of("Ahrar al-Sham"), a1(r));
    }

    @Test
    void coordinatedVerbsOfOneSubject_oneReportWithThatActor() {
        Report r = only("The Islamic State stormed Tadef and executed six prisoners.");
        assertEquals(List.of("Islamic State"), a1(r));
    }

    @Test
    void civilianVictimsOfAirAttack_areActor2AndFatalities() {
        Report r = only("Helicopters dropped barrel bombs on Idlib, killing nine civilians.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, r.subEventType());
        assertEquals(List.of("nine civilians"), ExtractStageTest.names(r.actor2()));
        assertEquals(9, r.fatalities().value());
        assertFalse(r.actor1().stream().anyMatch(a -> a.name().contains("civilians")));
    }

    @Test
    void subjectToldAsHarmed_sufferedTheEventNamedLater() {
        // the wounded fighters had been read as the ones who struck
        Report r = only("Several SDF fighters were wounded and received medical care after the air strike.");
        assertEquals(List.of(), a1(r));
        assertEquals(List.of("Several SDF fighters"), ExtractStageTest.names(r.actor2()));
    }

    @Test
    void subjectOfADeathVerb_sufferedTheActOfItsWhenClause() {
        // regression: the fighters who "lost their lives" had been read as the side that struck, the drone's lost
        Report r = only("Two SDF fighters lost their lives when a Turkish drone targeted their vehicle near Amuda.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, r.subEventType());
        assertEquals(List.of("Military Forces of Turkey"), a1(r));
        assertEquals(List.of("Two SDF fighters"), ExtractStageTest.names(r.actor2()));
        Report died = only("Three civilians died when a Turkish drone hit their car near Derbasiyah.");
        assertEquals(List.of("Three civilians"), ExtractStageTest.names(died.actor2()));
        assertFalse(a1(died).contains("Three civilians"));
    }
}
