package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Type and role rules of issue #3 found missing on real coverage, each on sentences we wrote: kills of armed victims
 * against captured spoils, a state's demonym before "bombing", sieges of armed people, clash nouns whose sides are
 * named in an "as" clause, subordinate clauses without a comma, downed aircraft and victims named by profession.
 */
class ViolentClauseRulesTest {
    private static Report only(String sentence) {
        return ExtractStageTest.only(Fixtures.body(sentence));
    }

    private static List<String> names(List<org.sitrep.model.ActorRef> refs) {
        return ExtractStageTest.names(refs);
    }

    private static List<Report> asserted(String text) {
        return Fixtures.body(text).stream().filter(r -> r.modality() == Modality.ASSERTED
                || r.modality() == Modality.REPORTED).toList();
    }

    @Test
    void killOfArmedVictimsBeforeCapturedEquipment_armedClashWithTheSubjectAsActor1() {
        Report r = only("Nusra fighters killed eight soldiers and seized three tanks near Idlib.");
        assertEquals(SubEventType.ARMED_CLASH, r.subEventType());
        assertTrue(names(r.actor1()).stream().anyMatch(n -> n.contains("Nusra")), () -> r.actor1().toString());
        assertEquals(List.of("soldiers"), names(r.actor2()));
        assertEquals(8, r.fatalities().value());
    }

    @Test
    void capturedEquipmentWithoutAFight_staysDisruptedWeaponsUse() {
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, only("Police seized three tanks near Idlib.").subEventType());
    }

    @Test
    void demonymBeforeBombing_airStrikeOfThatState() {
        Report r = only("Turkish bombing of Manbij killed four fighters.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, r.subEventType());
        assertEquals(List.of("Military Forces of Turkey"), names(r.actor1()));
    }

    @Test
    void bombingWithoutStateOrAerialWord_remoteExplosive() {
        assertEquals(SubEventType.REMOTE_EXPLOSIVE,
                only("A bombing at a market in Homs killed four people.").subEventType());
    }

    @Test
    void siegeOfArmedPeople_armedClashWithTheSubjectAsActor1() {
        Report r = only("The militants advanced and surrounded 15 soldiers near Hama.");
        assertEquals(SubEventType.ARMED_CLASH, r.subEventType());
        assertEquals(List.of("militants"), names(r.actor1()));
        assertEquals(List.of("soldiers"), names(r.actor2()));
    }

    @Test
    void siegeOfAPlaceOrAdjectiveUse_noArmedClash() {
        assertTrue(asserted("Government troops besieged Aleppo for months.").stream()
                .noneMatch(r -> r.subEventType() == SubEventType.ARMED_CLASH));
        assertTrue(asserted("Kurdish fighters rescued the surrounded unit near Manbij.").stream()
                .noneMatch(r -> r.subEventType() == SubEventType.ARMED_CLASH));
    }

    @Test
    void clashNounThenAsClause_sidesFromTheAsClause() {
        Report r = only("Fighting continued near Aleppo as Hizbullah and the Syrian Arab Army tried to push IS back.");
        assertEquals(SubEventType.ARMED_CLASH, r.subEventType());
        assertEquals(List.of("Hizbullah", "Syrian Arab Army"), names(r.actor1()));
        assertEquals(List.of("IS"), names(r.actor2()));
    }

    @Test
    void asWithoutOwnSubjectAndVerb_noNewClause() {
        Report r = only("IS fighters attacked Azaz as well as Marea.");
        assertEquals(SubEventType.ARMED_CLASH, r.subEventType());
        assertEquals(List.of("IS fighters"), names(r.actor1()));
    }

    @Test
    void afterWithSubjectAndVerbWithoutComma_ownClauseKeepsTheDowning() {
        List<Report> rs = asserted("Moscow said it would not accept air raids near Raqqa after the coalition shot down"
                + " a Syrian warplane.");
        assertEquals(1, rs.size(), rs::toString);
        Report r = rs.get(0);
        assertEquals(SubEventType.ARMED_CLASH, r.subEventType());
        assertEquals("shot down", r.trigger().text());
        assertEquals(List.of("Military Forces of Syria"), names(r.actor2()));
    }

    @Test
    void downingADrone_disruptedWeaponsUse() {
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, only("Rebels shot down a drone near Idlib.").subEventType());
    }

    @Test
    void passiveVictimNamedByProfession_isActor2() {
        Report r = only("A nurse was killed by Russian shelling in Idlib.");
        assertEquals(List.of("A nurse"), names(r.actor2()));
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, r.subEventType());
    }

    @Test
    void civilianKilledByGunmen_attackWithTheVictim() {
        Report r = only("Gunmen shot dead a pharmacist in his shop in Homs.");
        assertEquals(SubEventType.ATTACK, r.subEventType());
        assertEquals(List.of("a pharmacist"), names(r.actor2()));
    }

    @Test
    void soldierKilledByGunmen_noAttackOnCivilians() {
        assertNotEquals(SubEventType.ATTACK, only("Gunmen shot dead a soldier in Homs.").subEventType());
    }

    @Test
    void distanceFromAPlace_placeKeptWithVicinityFlag() {
        Report r = only("Rebels shelled army posts some 8 km from Manbij on Sunday.");
        assertEquals("Manbij", r.location().name());
        assertTrue(r.flags().contains("location_vicinity"), r.flags()::toString);
    }

    @Test
    void originAfterFrom_notThePlace() {
        Report r = only("IS fighters came from Raqqa and attacked an army post.");
        assertTrue(r.location() == null || !r.location().name().equals("Raqqa"), () -> r.location().toString());
    }

    @Test
    void asClauseSubjectWithDescriptionAndParticles_allItsNamesAreOneSide() {
        Report r = Fixtures.body("\"Heavy battles are still raging near Hama as Ahrar al-Sham Idlib wing,"
                + " Jaish al-Islam, and allied rebel factions desperately try to push IS back and retake Soran town.")
                .stream()
                .filter(x -> x.subEventType() == SubEventType.ARMED_CLASH).findFirst().orElseThrow();
        assertEquals(List.of("Ahrar al-Sham", "allied rebel factions"), names(r.actor1()));
        assertEquals(List.of("IS"), names(r.actor2()));
    }

    @Test
    void coordinatedDemonymsBeforeForceHead_eachStatesForces() {
        Report r = only("Russian and Syrian air forces flew 40 sorties over Idlib.");
        assertEquals(List.of("Military Forces of Russia", "Military Forces of Syria"), names(r.actor1()));
        Report t = only("Turkish and rebel forces shelled Manbij.");
        assertEquals(List.of("Military Forces of Turkey", "rebel forces"), names(t.actor1()));
    }

    @Test
    void demonymBeforeNonStateHead_keepsTheWordsAsWritten() {
        Report r = only("Syrian rebels shelled Aleppo.");
        assertEquals(List.of("Syrian rebels"), names(r.actor1()));
    }

    @Test
    void capitalIsAcronymBeforeVerb_activeSubjectNotPassive() {
        List<Report> rs = Fixtures.body("IS shelled Marea and Nusra attacked Azaz.");
        assertEquals(List.of("IS"), names(rs.get(0).actor1()));
        assertEquals(List.of("Nusra"), names(rs.get(1).actor1()));
    }

    @Test
    void claimantOfResponsibilityOrOfItsOwnAct_isActor1() {
        assertEquals(List.of("IS"), names(only("IS claimed responsibility for the car bomb that killed five people in"
                + " Azaz.").actor1()));
        Report r = only("The rebels claimed they shot down a government helicopter near Hama.");
        assertEquals(List.of("rebels"), names(r.actor1()));
        assertEquals(Modality.CLAIMED, r.modality());
    }

    @Test
    void speakerSayingItActed_notTakenAsActor1WithoutAClaim() {
        assertTrue(only("The army said it shelled Idlib.").actor1().isEmpty());
        assertTrue(only("Activists said they were shelled in Idlib.").actor1().isEmpty());
    }

    @Test
    void citedByAgent_speakerThenCitingOrganisation() {
        Report r = only("Activists cited by the monitor said jets bombed Saraqib.");
        List<String> chain = r.attribution().stream().map(org.sitrep.model.Attribution::name).toList();
        assertEquals("Activists", chain.get(0));
        assertEquals("monitor", chain.get(1));
        assertTrue(chain.stream().noneMatch(n -> n.startsWith("by ")), chain::toString);
    }

    @Test
    void displacedNumberBeforeKilledNumber_fatalitiesAreTheNearest() {
        assertEquals(12, only("About 5,000 people fled and 12 were killed in Idlib.").fatalities().value());
        Report q = only("At least 12 soldiers were killed in Idlib.");
        assertEquals(12, q.fatalities().value());
        assertEquals("At least 12", q.fatalities().mention().text());
    }

    @Test
    void afterClauseUnderAStatedEvent_staysBackgroundOfThatEvent() {
        List<Report> rs = Fixtures.body(
                "Rebels killed five soldiers near Hama after the army shelled their positions.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(5, rs.get(0).fatalities().value());
    }

    @Test
    void moveThenAttackOnAGenericRoad_attackIsTheEventPlacedOnTheRoadPhrase() {
        Report r = only("On Monday, IS fighters moved from Raqqa towards the supply line and attacked it.");
        assertEquals("attacked", r.trigger().text());
        assertEquals("the supply line", r.location().mention().text());
    }

    @Test
    void moveAlone_staysChangeToGroup() {
        assertEquals(SubEventType.CHANGE_TO_GROUP, only("The army moved reinforcements to Hama.").subEventType());
    }

    @Test
    void demonymAndOneWordAirforce_statesForces() {
        assertEquals(List.of("Military Forces of Syria"), names(only("The Syrian airforce bombed Saraqib.").actor1()));
    }

    @Test
    void killedOfficerWithDemonym_victimIsThatStatesForces() {
        Report r = only("A rebel sniper killed Iranian Brigadier General Hossein Hamedani near Aleppo.");
        assertEquals(List.of("Military Forces of Iran"), names(r.actor2()));
        assertEquals(1, r.fatalities().value());
    }

    @Test
    void killedCivilianWithDemonym_noStateForcesInvented() {
        Report r = only("A sniper killed a Jordanian teacher near Aleppo.");
        assertTrue(names(r.actor2()).stream().noneMatch(n -> n.startsWith("Military Forces")), r.actor2()::toString);
    }

    @Test
    void eventNounAsObjectOfAReaction_noReport() {
        assertTrue(Fixtures.body("The foreign ministry condemned the attack as a crime.").isEmpty());
    }

    @Test
    void eventVerbBeforeAReaction_stillReported() {
        List<Report> rs = asserted("Rebels attacked an army post near Hama, and the ministry condemned it.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(SubEventType.ARMED_CLASH, rs.get(0).subEventType());
    }
}
