package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/** Role rules of the clause analyser, on sentences we wrote. */
class ClauseAnalyzerTest {
    private static Report only(String sentence) {
        return ExtractStageTest.only(Fixtures.body(sentence));
    }

    private static List<String> a1(Report r) {
        return ExtractStageTest.names(r.actor1());
    }

    private static List<String> a2(Report r) {
        return ExtractStageTest.names(r.actor2());
    }

    @Test
    void roles_demonymModifiesNounEvent_isActor1() {
        Report r = only("A Jordanian airstrike on a smuggling convoy killed nine men near the border.");
        assertEquals(List.of("Jordanian"), a1Written(r));
        assertEquals(List.of("Military Forces of Jordan"), a1(r));
    }

    @Test
    void roles_dayNameModifiesNounEvent_isNoActor() {
        Report r = only("The Thursday bombing of the bakery killed four people.");
        assertTrue(r.actor1().isEmpty(), () -> "actor1 " + a1(r));
    }

    @Test
    void roles_sideWordModifiesNounEvent_isGenericActor1() {
        Report r = only("Regime shelling of the village killed three children.");
        assertEquals(List.of("Regime"), a1(r));
        assertEquals(List.of("three children"), a2(r));
        Report s = only("The rebel shelling hit a school in the town.");
        assertEquals(List.of("rebel"), a1(s));
    }

    @Test
    void roles_passiveWithNounAgent_subjectSuffersModifierActs() {
        Report r = only("A shepherd was killed by militia sniper fire outside the village.");
        assertEquals(List.of("militia"), a1(r));
        assertTrue(a2(r).isEmpty() || !a1(r).containsAll(a2(r)));
    }

    @Test
    void roles_possessiveNominalThenKilling_victimsAreActor2() {
        Report r = only("The army's bombardment of the camp killed eleven civilians.");
        assertEquals(List.of("army"), a1(r));
        assertEquals(List.of("eleven civilians"), a2(r));
    }

    @Test
    void roles_apposition_oneActorNotTwo() {
        Report r = only("Ahrar al-Sham, the rebel faction, attacked army positions east of the city.");
        assertEquals(List.of("Ahrar al-Sham"), a1(r));
    }

    @Test
    void roles_listOfNames_staysAList() {
        Report r = only("Ahrar al-Sham, Jabhat al-Nusra and the Islamic State attacked army positions.");
        assertEquals(3, r.actor1().size(), () -> "actor1 " + a1(r));
    }

    @Test
    void toll_killingTheActIsAbout_isNotItsToll() {
        // the killing is what the protest is about, done elsewhere: neither its toll nor its target
        Report r = only("Teachers protested in Daraa on Monday against the killing of a colleague.");
        assertEquals(SubEventType.PEACEFUL_PROTEST, r.subEventType());
        assertEquals(null, r.fatalities());
        Report s = only("The sit-in in Sweida was sparked by the killing of a local journalist last week.");
        assertEquals(null, s.fatalities());
        assertTrue(s.actor2().isEmpty(), () -> "actor2 " + a2(s));
    }

    @Test
    void anchor_relativeClauseAboutTheVictim_isNotTheAct() {
        // what the relative clause tells of the victim (a deal joined) is not what happened in this clause
        Report r = only("Gunmen shot dead a man who had joined the reconciliation deal near the town.");
        assertEquals(SubEventType.ATTACK, r.subEventType());
        assertEquals(1, r.fatalities().value());
        // a victim the rules cannot type leaves the type unknown, never the relative clause's agreement
        Report s = only("Gunmen shot dead a former commander who had joined the reconciliation process.");
        assertTrue(s.subEventType() != SubEventType.AGREEMENT, s::toString);
        assertEquals(1, s.fatalities().value());
    }

    @Test
    void toll_quantityBeforeTheKilling_isStillTheToll() {
        // "about" before a number is a quantity's, not a topic's
        Report r = only("Gunmen stormed the market and about five were killed.");
        assertEquals(5, r.fatalities().value());
        // a comma ends what the act is against: the killing after it is the act's own
        Report s = only("Jets struck the bridge to help the rebels hold out against the army, killing 20 soldiers.");
        assertEquals(20, s.fatalities().value());
    }

    @Test
    void roles_passiveSingularVictim_countsOneFatality() {
        Report r = only("A teenager was shot dead by soldiers at a checkpoint.");
        assertEquals(1, r.fatalities().value());
        assertEquals(List.of("soldiers"), a1(r));
        assertEquals(List.of("A teenager"), a2(r));
    }

    @Test
    void roles_killedInNounEvent_subjectsAreActor2AndModifierActor1() {
        Report r = only("Two boys and a woman were killed in Jordanian mortar shelling on the market.");
        assertEquals(List.of("Jordanian"), a1Written(r));
        assertEquals(2, r.actor2().size(), () -> "actor2 " + a2(r));
    }

    @Test
    void roles_participleWithoutObject_subjectSuffered() {
        Report r = only("Seven fighters killed in Manbij overnight, the group said.");
        assertTrue(r.actor1().isEmpty(), () -> "actor1 " + a1(r));
        assertEquals(List.of("Seven fighters"), a2(r));
    }

    @Test
    void roles_activeKillingWithObject_staysActive() {
        Report r = only("Tiger Forces killed nine fighters near Hama.");
        assertEquals(List.of("Tiger Forces"), a1(r));
    }

    @Test
    void roles_passiveAgentWithIndefiniteArticle_isActor1() {
        Report r = only("The bakery was burned by a pro-government militia in Homs.");
        assertEquals(1, r.actor1().size(), () -> "actor1 " + a1(r));
        assertTrue(a1(r).get(0).endsWith("militia"));
    }

    @Test
    void type_bombingWithoutAerialContext_isRemoteExplosive() {
        Report r = only("A bombing at a crowded bus station killed six people on Sunday.");
        assertEquals(org.sitrep.model.SubEventType.REMOTE_EXPLOSIVE, r.subEventType());
    }

    @Test
    void type_bombingByStateOrWithAircraft_isAirStrike() {
        assertEquals(org.sitrep.model.SubEventType.AIR_DRONE_STRIKE,
                only("Regime bombing of the town killed six people.").subEventType());
        assertEquals(org.sitrep.model.SubEventType.AIR_DRONE_STRIKE,
                only("Helicopters bombed the village, killing six people.").subEventType());
    }

    @Test
    void anchor_eventNounLabellingAPlace_yieldsToTheVerb() {
        Report r = only("Nusra fighters stormed an IS ambush position near Kobani.");
        assertEquals(List.of("Nusra fighters"), a1(r));
        assertEquals(List.of("IS"), a2(r));
        Report s = only("Hizbullah fighters attacked an IS airstrike site near the town.");
        assertEquals(org.sitrep.model.SubEventType.ARMED_CLASH, s.subEventType());
        assertEquals(List.of("Hizbullah fighters"), a1(s));
    }

    @Test
    void clashWithNamedProtesters_crowdIsTheGatheringsSide_theArmyTheOther() {
        // "protesters" as a lexicon name, as the bundled knowledge base has it: still a crowd, whose noun tells the
        // gathering (it had blocked the trigger, so a protest told only by "protesters gathered" had no event)
        ExtractStage stage = new ExtractStage(Fixtures.lexicon("Syrian Arab Army", "protesters"),
                Fixtures.lexicon("Homs"));
        Report r = ExtractStageTest.only(stage.extract(Fixtures.doc(org.sitrep.model.SectionKind.BODY,
                "Syrian Arab Army units clashed with protesters in the main square of Homs.")));
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, r.subEventType());
        assertEquals(List.of("protesters"), a1(r));
        assertEquals(List.of("Syrian Arab Army units"), a2(r));
        Report gathered = ExtractStageTest.only(stage.extract(Fixtures.doc(org.sitrep.model.SectionKind.BODY,
                "On 9 April 2022, protesters gathered in Homs.")));
        assertEquals(SubEventType.PEACEFUL_PROTEST, gathered.subEventType());
        assertEquals(List.of("protesters"), a1(gathered));
    }

    @Test
    void roles_targetAfterPrepositionAndIndefiniteArticle_isActor2() {
        Report r = only("Jets carried out an air strike against an IS convoy near Raqqa.");
        assertEquals(List.of("IS"), a2(r));
    }

    @Test
    void roles_clashWith_counterpartIsActor2() {
        Report r = only("Tiger Forces clashed with Nusra fighters near Hama on Monday.");
        assertEquals(List.of("Tiger Forces"), a1(r));
        assertEquals(List.of("Nusra fighters"), a2(r));
    }

    @Test
    void roles_killedAtLeastAmount_staysActive() {
        Report r = only("Tiger Forces killed at least eight fighters near Hama.");
        assertEquals(List.of("Tiger Forces"), a1(r));
        assertEquals(8, r.fatalities().value());
    }

    @Test
    void roles_possessiveNominalWithOfObject_objectIsActor2() {
        Report r = only("Hizbullah's shelling of Nusra positions near Azaz lasted all night.");
        assertEquals(List.of("Hizbullah"), a1(r));
        assertEquals(List.of("Nusra"), a2(r));
    }

    private static Report withPlaces(String sentence, String... places) {
        ExtractStage stage = new ExtractStage(Fixtures.lexicon("Islamic State", "IS"), Fixtures.lexicon(places));
        return ExtractStageTest.only(stage.extract(Fixtures.doc(org.sitrep.model.SectionKind.BODY, sentence)));
    }

    private static List<String> a1Names(Report r) {
        return r.actor1().stream().map(org.sitrep.model.ActorRef::name).toList();
    }

    private static List<String> a1Written(Report r) {
        return r.actor1().stream().map(x -> x.mention().text()).toList();
    }

    @Test
    void roles_countryNameActsInEvent_isActor1NamedAsItsForces() {
        Report r = withPlaces("Turkey shelled Kurdish villages near the border on Sunday.", "Turkey");
        assertEquals(List.of("Turkey"), a1Written(r));
        assertEquals(List.of("Military Forces of Turkey"), a1Names(r));
    }

    @Test
    void roles_countryNameAfterArticleLaunchesStrike_isActor1() {
        Report r = withPlaces("The United States launched an air strike on an IS depot.", "United States");
        assertEquals(List.of("United States"), a1Written(r));
        assertEquals(List.of("Military Forces of the United States"), a1Names(r));
        assertEquals(List.of("IS"), a2(r));
    }

    @Test
    void roles_countryNameAsLocative_staysPlaceNotActor() {
        Report r = withPlaces("A car bomb exploded in Turkey, killing two people.", "Turkey");
        assertTrue(r.actor1().isEmpty(), () -> "actor1 " + a1(r));
        assertEquals("Turkey", r.location().mention().text());
    }

    @Test
    void place_whereWordsWereSpoken_isNotTheReportedEventsPlace() {
        // the meeting in Doha is where the warning was given; the attacks it speaks of happened elsewhere
        Report r = withPlaces("The ministry said its generals told American officers at a meeting in Doha that attacks "
                + "near Raqqa killed two advisers.", "Doha", "Raqqa");
        assertEquals("Raqqa", r.location().mention().text());
        Report s = withPlaces("The ministry said its generals told American officers at a meeting in Doha that attacks "
                + "killed two advisers.", "Doha");
        assertTrue(s.location() == null || !s.location().mention().text().equals("Doha"),
                () -> "place " + s.location());
    }

    @Test
    void place_provinceNamingWhereTheVillageIs_isNotTheEventsPlace() {
        // regression (simulated worlds): "on Armanaz" attaches more weakly than "in Idlib", so the province won
        Report r = withPlaces("Russian jets carried out an air strike on Armanaz in Idlib province on Thursday.",
                "Armanaz", "Idlib");
        assertEquals("Armanaz", r.location().mention().text());
        Report s = withPlaces("Rebels stormed the village of Raju, in the Aleppo countryside, on Monday.", "Raju",
                "Aleppo");
        assertEquals("Raju", s.location().mention().text());
        // a province of its own, not after a place, is still the place
        Report t = withPlaces("Russian jets carried out air strikes in Idlib province on Thursday.", "Idlib");
        assertEquals("Idlib province", t.location().mention().text());
    }

    @Test
    void place_namedOnlyInTheCircumstance_isTheEventsPlace() {
        // the event clause names no place; the "while" clause that tells the circumstance does
        Report r = withPlaces("Gunmen shot dead a shepherd while he was grazing his flock near Tadef.", "Tadef");
        assertEquals("Tadef", r.location().mention().text());
        Report s = withPlaces("A sniper wounded a farmer, as he worked in his field in Sarmin.", "Sarmin");
        assertEquals("Sarmin", s.location().mention().text());
        // a wounding told after the circumstance is the same event's toll, not an event of its own
        List<Report> mine = new ExtractStage(Fixtures.lexicon("IS"), Fixtures.lexicon("Tadef")).extract(Fixtures.doc(
                org.sitrep.model.SectionKind.BODY,
                "A mine exploded under a truck while it was leaving a base near Tadef, injuring two."));
        Report w = mine.stream().filter(x -> x.subEventType() == SubEventType.REMOTE_EXPLOSIVE).findFirst()
                .orElseThrow(() -> new AssertionError(mine.toString()));
        assertEquals("Tadef", w.location().mention().text());
        // an origin is not where it happened, nor is a circumstance with an event of its own
        Report t = withPlaces("Police arrested a young man as he returned from Azaz.", "Azaz");
        assertTrue(t.location() == null, () -> "place " + t.location());
        ExtractStage stage = new ExtractStage(Fixtures.lexicon("Islamic State", "IS"), Fixtures.lexicon("Douma"));
        List<Report> both = stage.extract(Fixtures.doc(org.sitrep.model.SectionKind.BODY,
                "Gunmen kidnapped a trader while shelling hit Douma."));
        assertTrue(both.stream().noneMatch(x -> x.subEventType() == SubEventType.ABDUCTION && x.location() != null),
                both::toString);
    }

    @Test
    void place_relativeClauseAfterReportedEvent_keepsItsPlace() {
        Report r = withPlaces("Activists reported shelling on Douma that killed five civilians.", "Douma");
        assertEquals("Douma", r.location().mention().text());
    }

    @Test
    void roles_demonymOpensSentenceBeforeNounEvent_isActor1NamedAsForces() {
        Report r = only("Israeli shelling wounded three farmers near the fence.");
        assertEquals(List.of("Israeli"), a1Written(r));
        assertEquals(List.of("Military Forces of Israel"), a1Names(r));
    }

    @Test
    void roles_otherCapitalisedWordOpensSentence_isNoActor() {
        Report r = only("Heavy shelling wounded three farmers near the fence.");
        assertTrue(r.actor1().isEmpty(), () -> "actor1 " + a1(r));
    }

    @Test
    void roles_sideOnlyBelieved_keptInPhraseAndFlaggedSuspected() {
        Report r = only("Warplanes believed to be Russian struck a clinic in the town.");
        assertEquals(List.of("Warplanes believed to be Russian"), a1(r));
        assertTrue(r.flags().contains("actor1_suspected"), r.flags()::toString);
        Report s = only("Russian warplanes struck a clinic in the town.");
        assertFalse(s.flags().contains("actor1_suspected"), s.flags()::toString);
    }

    @Test
    void roles_bareWarplanes_noSideAsserted() {
        Report r = only("Warplanes struck a clinic in the town.");
        assertEquals(List.of("Warplanes"), a1(r));
        assertEquals(List.of("Warplanes"), a1Names(r));
    }

    @Test
    void roles_sideWordHoldingPlace_isNoActor2() {
        Report r = only("Rebels shelled a government-held district, killing four people.");
        assertTrue(a2(r).stream().noneMatch(x -> x.contains("government")), () -> "actor2 " + a2(r));
        assertEquals(List.of("four people"), a2(r));
    }

    @Test
    void roles_passiveKillingBesideNounAnchor_subjectIsActor2() {
        Report r = only("A woman was shot dead by police during the protest.");
        assertEquals(List.of("police"), a1(r));
        assertEquals(List.of("woman"), a2(r).stream().map(x -> x.replace("A ", "")).toList());
    }

    @Test
    void roles_clashNounThenKillingVerb_objectIsVictimNotSide() {
        Report r = only("Clashes killed nine fighters near the border.");
        assertTrue(r.actor1().isEmpty(), () -> "actor1 " + a1(r));
        assertEquals(List.of("fighters"), a2(r));
        Report s = only("Clashes between the SDF and the Islamic State killed nine fighters.");
        assertTrue(a1(s).contains("SDF"), () -> "actor1 " + a1(s));
        assertFalse(a1(s).contains("fighters"), () -> "actor1 " + a1(s));
    }

    @Test
    void roles_coordinatedMenAndBoy_bothActor2() {
        Report r = only("Gunmen killed two men and a boy in the village.");
        assertEquals(List.of("Gunmen"), a1(r));
        assertEquals(List.of("two men", "a boy"), a2(r));
    }

    @Test
    void roles_stateSpeakerOwnsJets_jetsNamedAsItsForces() {
        Report r = withPlaces("Jordan said its jets had bombed a smuggling convoy near the border.", "Jordan");
        assertEquals(List.of("jets"), a1Written(r));
        assertEquals(List.of("Military Forces of Jordan"), a1Names(r));
        Report s = withPlaces("The monitor said its sources saw jets bomb a convoy near the border.", "Jordan");
        assertTrue(a1Names(s).stream().noneMatch(x -> x.startsWith("Military Forces")), () -> "actor1 " + a1Names(s));
    }

    @Test
    void roles_civilianPhraseBeforeSideNamedEventNoun_sideIsActor1() {
        Report r = only("Rescue workers searched the rubble after a Jordanian airstrike on the market.");
        assertEquals(List.of("Jordanian"), a1Written(r));
    }

    @Test
    void roles_countrySubjectBehindModal_isActor1() {
        Report r = withPlaces("Turkey would not have carried out the strike without approval.", "Turkey");
        assertEquals(List.of("Turkey"), a1Written(r));
    }

    @Test
    void roles_killedTeacher_isActor2() {
        Report r = only("Gunmen shot dead a teacher near the school.");
        assertEquals(List.of("a teacher"), a2(r));
    }

    @Test
    void roles_describedGroupPhrase_wholePhraseIsActor1() {
        Report r = only("A Nusra-linked militant group attacked an army checkpoint near Hama.");
        assertEquals(List.of("Nusra-linked militant group"), a1Written(r));
    }

    @Test
    void analyze_andTimePhrasePronounVerb_secondClauseGetsItsOwnReport() {
        List<Report> rs = Fixtures.body("Jets pounded the rebel trenches near Morek but the rebels held on, and on "
                + "Friday they shelled the army barracks in Souran.").stream()
                .filter(r -> r.kind() == org.sitrep.model.ReportKind.EVENT).toList();
        assertTrue(rs.stream().anyMatch(r -> r.subEventType() == org.sitrep.model.SubEventType.AIR_DRONE_STRIKE),
                rs::toString);
        assertTrue(rs.stream().anyMatch(r -> r.subEventType()
                == org.sitrep.model.SubEventType.SHELLING_ARTILLERY_MISSILE), rs::toString);
    }

    @Test
    void analyze_ratherThan_triggerNotAsserted() {
        List<Report> rs = Fixtures.body("The council chose to negotiate rather than strike deals with the militia in "
                + "Jasim.").stream().filter(r -> r.kind() == org.sitrep.model.ReportKind.EVENT).toList();
        assertTrue(rs.stream().noneMatch(r -> r.modality().assertsOccurrence()), rs::toString);
    }
}
