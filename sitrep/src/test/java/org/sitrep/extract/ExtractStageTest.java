package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.SubEventType;

class ExtractStageTest {
    static List<String> names(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::name).toList();
    }

    static Report only(List<Report> rs) {
        List<Report> ev = rs.stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
        assertEquals(1, ev.size(), () -> "expected one event report, got " + rs);
        return ev.get(0);
    }

    @Test
    void extract_compoundPassiveAgent_oneReportWithTwoActors() {
        Report r = only(Fixtures.body("A large assault on the army checkpoint near Marea was carried out by "
                + "Ahrar al-Sham (an Islamist group) and the Islamic State."));
        assertEquals(List.of("Ahrar al-Sham", "Islamic State"), names(r.actor1()));
        assertEquals("Marea", r.location().name());
        assertEquals(Modality.ASSERTED, r.modality());
        assertEquals(SectionKind.BODY, r.section());
        assertNull(r.date());
        assertTrue(r.actor1().stream().allMatch(a -> a.id() == null && a.category() == null));
    }

    @Test
    void extract_nominalInstrument_typeActorAndOneFatality() {
        Report r = only(Fixtures.body("Hizbullah rocket fire killed Colonel Ahmed Karim in Tadef on Monday."));
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, r.subEventType());
        assertEquals(List.of("Hizbullah"), names(r.actor1()));
        assertEquals(1, r.fatalities().value());
        assertEquals("ASSAULT", r.ploverEvent());
        assertEquals("19", r.cameoRoot());
        assertEquals("Tadef", r.location().name());
    }

    @Test
    void extract_vagueNumbers_conservativeValuesKeepPhrase() {
        assertEquals(12, only(Fixtures.body("Tiger Forces fighters killed about a dozen rebels in Hama.")).fatalities().value());
        Report r = only(Fixtures.body("Shelling by the Syrian Arab Army killed 30-45 civilians in Idlib."));
        assertEquals(30, r.fatalities().value());
        assertEquals("30-45", r.fatalities().mention().text());
        assertEquals(List.of("Syrian Arab Army"), names(r.actor1()));
        assertEquals(List.of("30-45 civilians"), names(r.actor2()));
        assertEquals(20, only(Fixtures.body("The jets struck the market, killing scores of people.")).fatalities().value());
    }

    @Test
    void extract_patrolOfForces_aMovementOfForcesAtItsPlace() {
        Report r = only(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "A joint patrol of the SDF took place near Manbij on Monday.")));
        assertEquals(SubEventType.CHANGE_TO_GROUP, r.subEventType());
        assertEquals("Manbij", r.location().mention().text());
        // fighting with a patrol is the fighting, and a convoy of aid is no movement of forces
        Report ambush = only(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "ISIS fighters ambushed an SDF patrol near Manbij, killing two.")));
        assertNotEquals(SubEventType.CHANGE_TO_GROUP, ambush.subEventType());
        assertTrue(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "An aid convoy reached Manbij on Monday.")).stream().noneMatch(x -> x.kind() == ReportKind.EVENT));
    }

    @Test
    void extract_convoyOfForces_aMovementOfForcesAtItsPlace() {
        Report r = only(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "A Turkish army convoy of forty vehicles arrived in Tal Tamr on Monday.")));
        assertEquals(SubEventType.CHANGE_TO_GROUP, r.subEventType());
        assertEquals("Tal Tamr", r.location().mention().text());
        // a convoy of help is no movement of forces; an attack on a convoy is the attack
        assertTrue(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "A UN humanitarian convoy arrived in Tal Tamr on Monday.")).stream()
                .noneMatch(x -> x.kind() == ReportKind.EVENT));
        Report ambush = only(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "A roadside bomb hit a Turkish army convoy near Tal Tamr, killing two soldiers.")));
        assertNotEquals(SubEventType.CHANGE_TO_GROUP, ambush.subEventType());
    }

    @Test
    void extract_countryEntered_aMovementOfForces_andASecondActIsNoObjectTaken() {
        // "entered Syria" had read as ground taken by the entrant's side, and the shelling after "and" as weapons seized
        Report r = only(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "Turkish troops entered Syria on Monday.")));
        assertEquals(SubEventType.CHANGE_TO_GROUP, r.subEventType());
        Report shelling = only(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "Turkish troops entered Syria and shelled Tal Rifaat on Monday.")));
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, shelling.subEventType());
    }

    @Test
    void extract_bodyFound_aKillingAtThePlace() {
        Report r = only(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "The bodies of three shepherds were found near Manbij on Sunday.")));
        assertEquals(SubEventType.ATTACK, r.subEventType());
        assertEquals("Manbij", r.location().mention().text());
        assertEquals(3, r.fatalities().value());
        // a body of people that governs or studies is no killing
        assertTrue(Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY,
                "The governing body of the council met in Manbij on Sunday.")).isEmpty());
    }

    @Test
    void extract_civilianVictimsOfGenericViolence_attackType() {
        Report r = only(Fixtures.body("Gunmen executed seven family members in a village near Azaz."));
        assertEquals(SubEventType.ATTACK, r.subEventType());
        assertEquals(List.of("seven family members"), names(r.actor2()));
        assertEquals(7, r.fatalities().value());
    }

    @Test
    void extract_countOfStrikes_andReportedModality() {
        Report r = only(Fixtures.body("Warplanes reportedly carried out some 40 air strikes on Palmyra."));
        assertEquals(40, r.count().value());
        assertEquals(Modality.REPORTED, r.modality());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, r.subEventType());
    }

    @Test
    void extract_attributionChain_innermostFirst() {
        Report r = only(Fixtures.body("Abu Omar, spokesman of the local council, told Reuters that shelling hit Manbij."));
        List<String> chain = r.attribution().stream().map(Attribution::name).toList();
        assertEquals(List.of("Abu Omar", "local council", "Reuters"), chain);
        assertEquals(Attribution.Role.OUTLET, r.attribution().get(2).role());
    }

    @Test
    void extract_monitorThatDocumentsDeaths_isTheSourceNotTheDoer() {
        Report r = only(Fixtures.body("Observatory activists documented the death of nine people in Idlib on Thursday."));
        assertTrue(r.actor1().isEmpty(), r::toString);
        assertTrue(r.attribution().stream().anyMatch(a -> a.name().contains("activists")), r::toString);
    }

    @Test
    void extract_quoteAfterReportingColon_attributedToOutlet() {
        List<Report> rs = Fixtures.stage().extract(Fixtures.doc(SectionKind.BODY, "Sputnik reported:",
                SectionKind.QUOTE, "The army shelled rebel positions in Homs."));
        Report r = only(rs);
        assertEquals(SectionKind.QUOTE, r.section());
        assertEquals("Sputnik", r.attribution().get(r.attribution().size() - 1).name());
        assertEquals(Modality.REPORTED, r.modality());
    }

    @Test
    void extract_nonEvents_notAsserted() {
        for (String s : List.of("If the rebels manage to cut the road, Aleppo will starve.",
                "The army will launch an offensive on Raqqa next month.",
                "The militants did not attack the town.",
                "Officials suspect that the bombing was coordinated by a foreign state.",
                "Could the coalition be bombing the wrong targets?")) {
            for (Report r : Fixtures.body(s)) {
                assertFalse(r.modality().assertsOccurrence(), () -> s + " -> " + r.modality());
            }
        }
    }

    @Test
    void extract_accusation_alleged() {
        Report r = only(Fixtures.body("The ministry accused Turkish jets of bombing Kobani."));
        assertEquals(Modality.ALLEGED, r.modality());
        assertEquals(List.of("Turkish jets"), names(r.actor1()));
        assertTrue(r.attribution().stream().anyMatch(a -> a.name().equals("ministry")));
    }

    @Test
    void extract_commentsAndNoSections_noReports() {
        assertTrue(Fixtures.stage().extract(Fixtures.doc(SectionKind.COMMENT, "ISIS attacked Raqqa and killed 5.")).isEmpty());
        assertTrue(Fixtures.stage().extract(Fixtures.doc()).isEmpty());
    }

    @Test
    void extract_tableRows_countReportsWithContext() {
        List<Report> rs = Fixtures.body("The coalition carried out airstrikes on IS near Raqqa.\n"
                + "3 - Mar 1 Sunday\n0 - Mar 2 Monday\n5 - Mar 3 Tuesday");
        List<Report> counts = rs.stream().filter(r -> r.kind() == ReportKind.COUNT).toList();
        assertEquals(List.of(3, 0, 5), counts.stream().map(r -> r.count().value()).toList());
        assertTrue(counts.stream().allMatch(r -> r.subEventType() == SubEventType.AIR_DRONE_STRIKE));
        assertTrue(counts.stream().allMatch(r -> names(r.actor1()).equals(List.of("coalition"))));
    }

    @Test
    void extract_eventPlaceNotOrigin_skipsFromPlace() {
        Report r = only(Fixtures.body("Nusra fighters moved from Idlib and attacked the army in Hama."));
        assertEquals("Hama", r.location().name());
        // "from over X": still where the missiles came from
        assertEquals(null, only(Fixtures.body("Air defences intercepted most of the missiles fired from over Homs."))
                .location());
    }

    @Test
    void extract_datelineCity_noRivalToTheOneNameOfTheClause() {
        Report r = only(Fixtures.body("BEIRUT (Reuters) - Government forces shelled rebel positions near Saraqib."));
        assertEquals("Saraqib", r.location().mention().text());
    }

    @Test
    void extract_nameInARelativeClauseAboutTheObject_isNoPlaceOfTheAct() {
        Report r = only(Fixtures.body("Fighters seized a stretch of the road that links western Aleppo with the coast."));
        assertEquals(null, r.location());
    }

    @Test
    void extract_countryOwningAPlace_theOwnedPlaceOrWhatItHolds() {
        assertEquals("Idlib province", only(Fixtures.body("Clashes erupted in Syria's Idlib province on Monday."))
                .location().mention().text());
        assertEquals("Manbij", only(Fixtures.body("Manbij in Syria's Aleppo province was shelled on Monday."))
                .location().mention().text());
    }

    @Test
    void extract_townsOfTwoNamesAsTheObject_theFirstIsThePlace() {
        // the names follow "the towns of", not the verb: the place noun before "of" attaches them to the act
        Report r = only(Fixtures.body("Regime forces shelled with heavy artillery the towns of Idlib and Hama."));
        assertEquals("Idlib", r.location().mention().text());
    }

    @Test
    void extract_victimAndKinByPossessive_countsThemAll() {
        assertEquals(2, only(Fixtures.body("An air strike hit the village, killing a woman and her child."))
                .fatalities().value());
        assertEquals(3, only(Fixtures.body("Gunmen shot dead a farmer and his two sons near the village."))
                .fatalities().value());
        // the children are not counted: the one woman stays the lowest count told
        assertEquals(1, only(Fixtures.body("An air strike hit the village, killing a woman and her children."))
                .fatalities().value());
    }

    @Test
    void extract_passiveAndDistantSubjects_countedAsToldBeforeTheVerb() {
        assertEquals(2, only(Fixtures.body("A man and his son were killed when a mortar shell hit their home."))
                .fatalities().value());
        // the aside says who was among them; the subject's count is before it
        assertEquals(18, only(Fixtures.body("At least 18 civilians, including nine children, were killed by air "
                + "strikes on the town.")).fatalities().value());
        assertEquals(2, only(Fixtures.body("Two fighters of the Kurdish-led militia lost their lives when a drone "
                + "targeted their vehicle.")).fatalities().value());
        assertEquals(2, only(Fixtures.body("Shelling on the town caused the martyrdom of two civilians."))
                .fatalities().value());
    }

    @Test
    void extract_rhetoricAndIrrealis_noAssertedEvent() {
        for (String s : List.of(
                "It is hard to see how the militias will stay out of any future clashes in the valley.",
                "The shooting of the mayor is only the latest in a series of events that show how fragile the town is.",
                "Such a policy can only lead to more casualties among the villagers.",
                "The losses would have been far higher without the shelters.",
                "Imagine what would have happened if the dam had been bombed.",
                "The northern front is a powder keg waiting to go off.",
                "Washington has stepped up its campaign, including repeated airstrikes on militia depots.")) {
            for (Report r : Fixtures.body(s)) {
                assertFalse(r.kind() == ReportKind.EVENT && r.modality().assertsOccurrence(),
                        () -> s + " -> " + r.modality() + " " + r.subEventType());
            }
        }
    }

    @Test
    void extract_genericFramingWithPlace_stillAnEvent() {
        Report r = only(Fixtures.body("Jets carried out strikes, including airstrikes on Raqqa, on Monday."));
        assertTrue(r.modality().assertsOccurrence());
    }

    @Test
    void extract_groupLedForces_leaderIsActor() {
        Report r = only(Fixtures.body("Ahrar al-Sham led forces recaptured the hill near Hama."));
        assertEquals(List.of("Ahrar al-Sham"), names(r.actor1()));
    }

    @Test
    void extract_backerBeforeVerb_subjectStaysActor() {
        Report r = only(Fixtures.body("Government troops, backed by Russian jets, recaptured positions near Palmyra from ISIS."));
        assertEquals(List.of("Government troops"), names(r.actor1()));
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, r.subEventType());
        assertTrue(names(r.assocActor1()).contains("Russian jets"));
    }

    @Test
    void extract_coordinatedClausesWithOwnActors_twoReports() {
        List<Report> rs = Fixtures.body("Russian jets struck Idlib and the rebels shelled Hama.").stream()
                .filter(r -> r.kind() == ReportKind.EVENT).toList();
        assertEquals(2, rs.size(), rs::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, rs.get(0).subEventType());
        assertEquals("Idlib", rs.get(0).location().name());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, rs.get(1).subEventType());
        assertEquals("Hama", rs.get(1).location().name());
        assertEquals(List.of("rebels"), names(rs.get(1).actor1()));
    }

    @Test
    void extract_sameActorCoordination_oneReport() {
        only(Fixtures.body("ISIS captured Tadef and killed 12 soldiers."));
    }

    @Test
    void picketsAndBanners_nameAProtest() {
        // ACLED's notes tell many protests only so: "held a press conference with a banner and picketed"
        for (String s : List.of("Members of the union held a press conference with a banner in front of the station.",
                "Residents picketed in front of the city hall on Monday.",
                "Hundreds of people gathered for one-person pickets across the city.")) {
            Report r = only(Fixtures.body(s));
            assertEquals(org.sitrep.model.SubEventType.PEACEFUL_PROTEST, r.subEventType(), s);
        }
    }
}
