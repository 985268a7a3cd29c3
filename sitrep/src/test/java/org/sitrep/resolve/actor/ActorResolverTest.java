package org.sitrep.resolve.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.resolve.actor.Fixtures.RESOLVER;
import static org.sitrep.resolve.actor.Fixtures.ref;
import static org.sitrep.resolve.actor.Fixtures.sentenceContext;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

class ActorResolverTest {
    // a Syria story, our own wording
    static final String SYRIA = "Clashes near Manbij and Aleppo. The HSD said its fighters repelled an attack. "
            + "Government forces shelled Idlib while the army pushed toward Saraqib. "
            + "QSD commanders in Raqqa blamed IS for the bombing, which is the third this month. "
            + "A Kurdish militia (YPG) unit was ambushed near Hasakah. "
            + "Rebels said the coalition bombed Deir ez-Zor.";

    private static ActorResolution resolve(String text, LocalDate published, String sentence, String words,
                                           LocalDate reportDate) {
        DocumentContext doc = RESOLVER.context(text, published);
        ActorRef r = ref(text, words);
        return RESOLVER.resolve(r, sentenceContext(doc, sentence, reportDate));
    }

    @Test
    void context_syriaStory_hasSyriaFocus() {
        assertEquals("SY", RESOLVER.context(SYRIA, LocalDate.of(2017, 3, 1)).focus().country());
    }

    @Test
    void resolve_hsdAndQsd_areTheSdf() {
        ActorResolution hsd = resolve(SYRIA, LocalDate.of(2017, 3, 1), "The HSD said its fighters repelled an attack.",
                "HSD", null);
        assertEquals("syrian-democratic-forces", hsd.ref().id());
        assertEquals("Syrian Democratic Forces", hsd.ref().name());
        assertEquals(2, hsd.ref().category());
        ActorResolution qsd = resolve(SYRIA, LocalDate.of(2017, 3, 1),
                "QSD commanders in Raqqa blamed IS for the bombing, which is the third this month.", "QSD commanders", null);
        assertEquals("syrian-democratic-forces", qsd.ref().id());
    }

    @Test
    void resolve_capitalIsBesideVerbIs_isTheGroupAndVerbStaysUnresolved() {
        String s = "QSD commanders in Raqqa blamed IS for the bombing, which is the third this month.";
        DocumentContext doc = RESOLVER.context(SYRIA, LocalDate.of(2017, 3, 1));
        ActorResolution group = RESOLVER.resolve(ref(SYRIA, "IS"), sentenceContext(doc, s, null));
        assertEquals("islamic-state", group.ref().id());
        int verb = SYRIA.indexOf(" is the third") + 1;
        ActorRef verbRef = ActorRef.unresolved(org.sitrep.model.Mention.of("is", verb, verb + 2));
        ActorResolution v = RESOLVER.resolve(verbRef, sentenceContext(doc, s, null));
        assertNull(v.ref().id());
        assertNull(v.ref().category());
        assertEquals(ActorResolution.Rule.UNRESOLVED, v.rule());
    }

    @Test
    void resolve_nusraVariantsBeforeSuccession_areNusra() {
        for (String name : List.of("Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Jabhet al-Nusra", "al-Nusra")) {
            String text = "Fighters of " + name + " stormed a checkpoint near Idlib and Hama.";
            ActorResolution r = resolve(text, LocalDate.of(2015, 5, 2), text, name, LocalDate.of(2015, 5, 1));
            assertEquals("jabhat-al-nusra", r.ref().id(), name);
            assertTrue(r.flags().isEmpty(), name);
        }
    }

    @Test
    void resolve_nusraNameAfterHtsFormed_isHtsWithFlag() {
        String text = "Russia accused Nusra Front of shelling Aleppo and Hama.";
        ActorResolution r = resolve(text, LocalDate.of(2018, 6, 1), text, "Nusra Front", null);
        assertEquals("hayat-tahrir-al-sham", r.ref().id());
        assertEquals(List.of("actor-succeeded:jabhat-al-nusra>hayat-tahrir-al-sham"), r.flags());
    }

    @Test
    void resolve_governmentForcesAndArmyInSyriaStory_areSyrianStateForces() {
        String s = "Government forces shelled Idlib while the army pushed toward Saraqib.";
        ActorResolution gov = resolve(SYRIA, null, s, "Government forces", null);
        assertEquals("syrian-armed-forces", gov.ref().id());
        assertEquals(ActorResolution.Rule.GENERIC_FOCUS, gov.rule());
        assertEquals(1, gov.ref().category());
        ActorResolution army = resolve(SYRIA, null, s, "the army", null);
        assertEquals("syrian-arab-army", army.ref().id());
    }

    @Test
    void resolve_governmentForcesWithoutCountryFocus_isCategoryOnly() {
        String text = "Government forces opened fire on a crowd, witnesses said.";
        ActorResolution r = resolve(text, null, text, "Government forces", null);
        assertNull(r.ref().id());
        assertEquals(1, r.ref().category());
        assertEquals(ActorResolution.Rule.CATEGORY_ONLY, r.rule());
    }

    @Test
    void resolve_governmentForcesInIraqStory_areIraqiForces() {
        String text = "Government forces retook parts of Mosul as fighting spread to Tikrit and Anbar.";
        ActorResolution r = resolve(text, null, text, "Government forces", null);
        assertEquals("iraqi-security-forces", r.ref().id());
    }

    @Test
    void resolve_genericWithBracketedName_isTheNamedActor() {
        String s = "A Kurdish militia (YPG) unit was ambushed near Hasakah.";
        ActorResolution r = resolve(SYRIA, null, s, "Kurdish militia", null);
        assertEquals("ypg", r.ref().id());
        assertEquals(ActorResolution.Rule.GENERIC_APPOSITION, r.rule());
    }

    @Test
    void resolve_theCoalitionInSyria_isUsLed_unlessDocumentNamesSaudiLed() {
        ActorResolution syria = resolve(SYRIA, null, "Rebels said the coalition bombed Deir ez-Zor.", "the coalition", null);
        assertEquals("us-led-coalition", syria.ref().id());
        String yemen = "The Saudi-led coalition said its jets struck Sanaa. Residents said the coalition hit a market.";
        ActorResolution y = resolve(yemen, null, "Residents said the coalition hit a market.", "the coalition", null);
        assertEquals("saudi-led-coalition", y.ref().id());
        String russian = "The Russian-led coalition struck Idlib and Hama, and the coalition denied hitting Aleppo.";
        ActorResolution ru = resolve(russian, null, russian, "the coalition", null);
        assertEquals("russian-led-coalition", ru.ref().id());
    }

    @Test
    void resolve_genericJihadists_standForTheOnlyRebelGroupNamed() {
        String text = "Islamic State fighters attacked Palmyra and Homs. The jihadists seized two hills.";
        ActorResolution r = resolve(text, LocalDate.of(2016, 12, 10), "The jihadists seized two hills.", "jihadists", null);
        assertEquals("islamic-state", r.ref().id());
        String two = "Islamic State and Jaysh al-Islam fighters clashed in Damascus and Douma. The jihadists lost ground.";
        ActorResolution r2 = resolve(two, null, "The jihadists lost ground.", "jihadists", null);
        assertNull(r2.ref().id());
        assertEquals(2, r2.ref().category());
    }

    @Test
    void resolve_headNounLast_picksTheHead() {
        String text = "The YPG-led SDF advanced on Raqqa from Tabqa.";
        ActorResolution r = resolve(text, LocalDate.of(2017, 6, 6), text, "YPG-led SDF", null);
        assertEquals("syrian-democratic-forces", r.ref().id());
    }

    @Test
    void resolve_unknownWords_stayUnresolved() {
        String text = "Unknown people were seen near Homs and Hama.";
        ActorResolution r = resolve(text, null, text, "Unknown people", null);
        assertNull(r.ref().id());
        assertNull(r.ref().category());
    }

    @Test
    void resolve_report_resolvesListsAndFlagsAnachronisms() {
        String text = "On 3 May 2013 HSD fighters attacked ISIS positions near Raqqa and Hasakah.";
        Report rep = Fixtures.report(text, text, LocalDate.of(2013, 5, 3),
                List.of(ref(text, "HSD fighters")), List.of(ref(text, "ISIS positions")));
        DocumentContext doc = RESOLVER.context(text, LocalDate.of(2013, 5, 4));
        Report out = RESOLVER.resolve(rep, doc);
        assertEquals("syrian-democratic-forces", out.actor1().get(0).id());
        assertEquals("islamic-state", out.actor2().get(0).id());
        assertTrue(out.flags().contains("anachronism:sdf-name-before-2015-10-10"), out.flags().toString());
        assertTrue(out.flags().stream().noneMatch(f -> f.contains("isis")), "ISIS was in use in May 2013");
    }

    @Test
    void resolve_report_victimPhrasesByTheirHeadAreCivilians_onlyOnTheSideActedUpon() {
        String text = "Gunmen killed six people and a shepherd's two daughters near Binnish; a man then shot two brothers.";
        Report rep = Fixtures.report(text, text, LocalDate.of(2020, 3, 3), List.of(ref(text, "a man")),
                List.of(ref(text, "six people"), ref(text, "two daughters"), ref(text, "two brothers")));
        Report out = RESOLVER.resolve(rep, RESOLVER.context(text, LocalDate.of(2020, 3, 4)));
        assertEquals("civilians", out.actor2().get(0).id());
        assertEquals(7, out.actor2().get(0).category());
        assertEquals("six people", out.actor2().get(0).mention().text());
        assertEquals("women", out.actor2().get(1).id());
        assertEquals("civilians", out.actor2().get(2).id());
        // the side that acts is never read as civilians by its head word
        assertNull(out.actor1().get(0).id());
        assertNull(out.actor1().get(0).category());
    }

    @Test
    void resolve_report_crowdOfAProtestOrRiot_isNamedByWhatItDid() {
        String protest = "Teachers staged a protest in the capital demanding higher pay.";
        Report p = RESOLVER.resolve(Fixtures.typed(protest, "protest", SubEventType.PEACEFUL_PROTEST,
                List.of(ref(protest, "Teachers")), List.of()), RESOLVER.context(protest, LocalDate.of(2020, 3, 3)));
        assertEquals("protesters", p.actor1().get(0).id());
        assertEquals(6, p.actor1().get(0).category());
        assertEquals("Teachers", p.assocActor1().get(0).mention().text(), "who they were: an associate");
        String riot = "Youths rioted in the town, burning tyres.";
        Report r = RESOLVER.resolve(Fixtures.typed(riot, "rioted", SubEventType.VIOLENT_DEMONSTRATION,
                List.of(ref(riot, "Youths")), List.of()), RESOLVER.context(riot, LocalDate.of(2020, 3, 3)));
        assertEquals("rioters", r.actor1().get(0).id());
        // no people named: the act's word names them
        String bare = "A demonstration took place in the town against fuel prices.";
        Report b = RESOLVER.resolve(Fixtures.typed(bare, "demonstration", SubEventType.PEACEFUL_PROTEST, List.of(),
                List.of()), RESOLVER.context(bare, LocalDate.of(2020, 3, 3)));
        assertEquals("protesters", b.actor1().get(0).id());
        assertEquals("demonstration", b.actor1().get(0).mention().text());
        // the force that met a protest is its other side, whichever way the sentence put them
        String police = "Police dispersed the students protesting in the town.";
        Report q = RESOLVER.resolve(Fixtures.typed(police, "protesting", SubEventType.PROTEST_WITH_INTERVENTION,
                List.of(ref(police, "Police")), List.of(ref(police, "students"))),
                RESOLVER.context(police, LocalDate.of(2020, 3, 3)));
        assertEquals("protesters", q.actor1().get(0).id());
        assertEquals("students", q.assocActor1().get(0).mention().text());
        assertEquals("Police", q.actor2().get(0).mention().text());
        assertEquals(1, q.actor2().get(0).category());
        // what a peaceful protest was against is its subject, no side of it
        String against = "Residents protested against the government in the town.";
        Report g = RESOLVER.resolve(Fixtures.typed(against, "protested", SubEventType.PEACEFUL_PROTEST,
                List.of(ref(against, "Residents")), List.of(ref(against, "the government"))),
                RESOLVER.context(against, LocalDate.of(2020, 3, 3)));
        assertEquals("protesters", g.actor1().get(0).id());
        assertTrue(g.actor2().isEmpty(), g.actor2()::toString);
        // an armed side that protests, with no force meeting it, is left as read
        String armed = "Rebel fighters staged a protest in the town.";
        Report a = RESOLVER.resolve(Fixtures.typed(armed, "protest", SubEventType.PEACEFUL_PROTEST,
                List.of(ref(armed, "Rebel fighters")), List.of()), RESOLVER.context(armed, LocalDate.of(2020, 3, 3)));
        assertEquals("Rebel fighters", a.actor1().get(0).mention().text());
    }

    @Test
    void resolve_policeAndSoldiersWithNoSideNamed_areTheForcesOfTheCountryTheEventIsIn() {
        String s = "Police fired tear gas at students in the town while soldiers guarded the bridge.";
        DocumentContext doc = RESOLVER.context(s, LocalDate.of(2022, 3, 3));
        ResolutionContext kenya = new ResolutionContext(doc, null, s, 0, "KE");
        assertEquals("police-forces-of-ke", RESOLVER.resolve(ref(s, "Police"), kenya).ref().id());
        assertEquals("military-forces-of-ke", RESOLVER.resolve(ref(s, "soldiers"), kenya).ref().id());
        // where the event is set is unknown: only the category
        ResolutionContext nowhere = new ResolutionContext(doc, null, s, 0, null);
        ActorResolution unknown = RESOLVER.resolve(ref(s, "Police"), nowhere);
        assertNull(unknown.ref().id());
        assertEquals(1, unknown.ref().category());
        String chad = "Chadian soldiers crossed into the border town.";
        ResolutionContext cameroon = new ResolutionContext(RESOLVER.context(chad, null), null, chad, 0, "CM");
        assertEquals("military-forces-of-td", RESOLVER.resolve(ref(chad, "Chadian soldiers"), cameroon).ref().id());
    }

    @Test
    void resolve_nationalArmy_isTheSnaInSyriaOnly() {
        String s = "Fighters of the National Army shelled positions of the Syrian Democratic Forces near Manbij.";
        DocumentContext syria = RESOLVER.context(SYRIA + " " + s, LocalDate.of(2020, 3, 3));
        assertEquals("syrian-national-army", RESOLVER.resolve(ref(syria.text(), "National Army"),
                sentenceContext(syria, s, null)).ref().id());
        String libya = "Forces of the National Army shelled Tripoli's southern suburbs, Libyan officials said.";
        DocumentContext elsewhere = RESOLVER.context(libya, LocalDate.of(2020, 3, 3));
        ActorResolution r = RESOLVER.resolve(ref(libya, "National Army"), sentenceContext(elsewhere, libya, null));
        assertNotEquals("syrian-national-army", r.ref().id());
        assertNotEquals("syrian-arab-army", r.ref().id());
    }

    @Test
    void resolve_isThreadSafe_sameResultsInParallel() {
        String s = "Government forces shelled Idlib while the army pushed toward Saraqib.";
        DocumentContext doc = RESOLVER.context(SYRIA, null);
        List<String> ids = java.util.stream.IntStream.range(0, 200).parallel()
                .mapToObj(i -> RESOLVER.resolve(ref(SYRIA, i % 2 == 0 ? "Government forces" : "the army"),
                        sentenceContext(doc, s, null)).ref().id())
                .toList();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i % 2 == 0 ? "syrian-armed-forces" : "syrian-arab-army", ids.get(i));
        }
    }

    @Test
    void resolve_genericJihadists_groupNamedOnlyFarAway_staysCategoryOnly() {
        String text = "Islamic State fighters attacked Palmyra and Homs. Water prices rose in the markets of Hama. "
                + "Farmers in Idlib said the harvest was poor. The jihadists seized two hills.";
        ActorResolution r = resolve(text, LocalDate.of(2016, 12, 10), "The jihadists seized two hills.", "jihadists", null);
        assertNull(r.ref().id());
        assertEquals(2, r.ref().category());
    }

    @Test
    void resolve_militantsWithoutContext_categoryOnly() {
        String text = "Militants attacked a checkpoint near Homs and Hama at dawn.";
        ActorResolution r = resolve(text, null, text, "Militants", null);
        assertNull(r.ref().id());
        assertEquals(2, r.ref().category());
        assertEquals(ActorResolution.Rule.CATEGORY_ONLY, r.rule());
    }

    @Test
    void resolve_ledForces_areTheLeadingGroup() {
        String text = "An offensive by Jaysh al-Islam (the Army of Islam) led fighters hit Douma near Damascus.";
        ActorResolution r = resolve(text, null, text, "led fighters", null);
        assertEquals("jaysh-al-islam", r.ref().id());
        assertEquals(ActorResolution.Rule.LED_BY, r.rule());
        String hyphen = "Ahrar al-Sham-led rebels shelled Hama and Idlib on Friday.";
        ActorResolution h = resolve(hyphen, null, hyphen, "rebels", null);
        assertEquals("ahrar-al-sham", h.ref().id());
    }

    @Test
    void resolve_ledWithoutKnownLeader_orAsPartOfAName_notTheLeader() {
        String text = "Tribal led fighters clashed near Hama and Homs.";
        ActorResolution r = resolve(text, null, text, "led fighters", null);
        assertNull(r.ref().id());
        String coalition = "The US-led coalition bombed Raqqa and Tabqa.";
        ActorResolution c = resolve(coalition, LocalDate.of(2016, 1, 1), coalition, "coalition", null);
        assertEquals("us-led-coalition", c.ref().id());
    }

    @Test
    void resolve_theGovernmentAndRegime_followTheFocus_orCategoryWithoutOne() {
        String syria = "The government shelled Douma and Harasta near Damascus.";
        assertEquals("syrian-armed-forces", resolve(syria, null, syria, "government", null).ref().id());
        assertEquals("syrian-armed-forces", resolve(syria, null, syria, "The government", null).ref().id());
        String regime = "The regime shelled Douma and Harasta near Damascus.";
        assertEquals("syrian-armed-forces", resolve(regime, null, regime, "regime", null).ref().id());
        String iraq = "The government shelled positions near Mosul and Tikrit.";
        assertEquals("iraqi-security-forces", resolve(iraq, null, iraq, "government", null).ref().id());
        String nowhere = "The government shelled the rebel positions.";
        ActorResolution n = resolve(nowhere, null, nowhere, "government", null);
        assertNull(n.ref().id());
        assertEquals(1, n.ref().category());
    }

    @Test
    void resolve_countryAdjective_winsOverFocus_unknownNationalityIsCategoryOnly() {
        String text = "Iraqi government forces shelled Albu Kamal while Syrian government troops held Homs and Hama.";
        assertEquals("iraqi-security-forces", resolve(text, null, text, "Iraqi government forces", null).ref().id());
        String syrian = "The Syrian government bombed Douma and Harasta.";
        assertEquals("syrian-armed-forces", resolve(syrian, null, syrian, "Syrian government", null).ref().id());
        String other = "Qatari government forces were sent to Homs and Hama and Aleppo.";
        ActorResolution q = resolve(other, null, other, "government forces", null);
        assertNull(q.ref().id());
        assertEquals(1, q.ref().category());
    }
}
