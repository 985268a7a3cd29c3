package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SubEventType;

/** One happening told across sentences becomes one report; separate happenings and conflicting sides stay apart. */
class DiscourseJoinerTest {
    private static List<Report> events(String text) {
        return Fixtures.body(text).stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
    }

    private static List<String> names(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::name).toList();
    }

    @Test
    void raidToldInThreeSentences_isOneReportWithEveryPartAndItsOwnSpan() {
        String first = "Coalition warplanes carried out five airstrikes on Islamic State positions on Monday, killing"
                + " 12 fighters.";
        String second = "The airstrikes hit the town of Tadef.";
        String third = "The Syrian Observatory for Human Rights said the airstrikes also killed four civilians in"
                + " Marea.";
        String text = first + " " + second + " " + third;
        List<Report> rs = events(text);
        assertEquals(1, rs.size(), rs::toString);
        Report r = rs.get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, r.subEventType());
        assertFalse(r.actor1().isEmpty(), r::toString);
        assertEquals(5, r.count().value());
        assertEquals(12, r.fatalities().value());
        assertTrue(names(r.actor2()).contains("Islamic State"), r.actor2()::toString);
        assertTrue(r.actor2().stream().anyMatch(a -> a.name().toLowerCase().contains("civilians")), r::toString);
        assertTrue(r.attribution().stream().anyMatch(a -> a.name().contains("Observatory")), r::toString);
        assertTrue(r.flags().contains("joined_across_sentences"));
        // each value points at its own sentence: the count at the first, the place at the second
        assertTrue(r.count().mention().span().end() <= first.length());
        assertNotNull(r.location());
        assertEquals("Tadef", r.location().mention().text());
        assertTrue(r.location().mention().span().start() > first.length());
        assertEquals(0, r.evidence().span().start());
        assertEquals(text.length(), r.evidence().span().end());
    }

    @Test
    void gatheringsTurnToldInALaterSentence_isOneEventOfTheGraverKind() {
        // the same people acting, or a back reference: the protest turned violent, one event, its place kept
        for (String later : List.of("The students later clashed with police.", "They threw stones at police.")) {
            List<Report> rs = events("Hundreds of students marched in Kampala on Friday against fees. " + later);
            assertEquals(1, rs.size(), rs::toString);
            assertEquals(SubEventType.VIOLENT_DEMONSTRATION, rs.get(0).subEventType(), rs::toString);
            assertEquals("Kampala", rs.get(0).location().mention().text(), rs::toString);
            assertTrue(rs.get(0).flags().contains("joined_across_sentences"), rs::toString);
        }
        // the gathering's people harmed are its victims, whoever harmed them: joined, its kind unchanged
        List<Report> harmed = events("Hundreds of students marched in Kampala on Friday against fees. Three students"
                + " were injured, a police spokesman said.");
        assertEquals(1, harmed.size(), harmed::toString);
        assertEquals(SubEventType.PEACEFUL_PROTEST, harmed.get(0).subEventType(), harmed::toString);
        assertEquals(3, harmed.get(0).injured().value(), harmed::toString);
        // other people fighting elsewhere are an event of their own, and the protest stays peaceful
        List<Report> apart = events("Hundreds of students marched in Kampala on Friday against fees. Soldiers later"
                + " clashed with rebels in the north.");
        assertEquals(2, apart.size(), apart::toString);
        assertTrue(apart.stream().anyMatch(r -> r.subEventType() == SubEventType.PEACEFUL_PROTEST), apart::toString);
    }

    @Test
    void stateForcesSteppingInNext_isTheGatheringsTurn() {
        // a sentence with no event of its own tells how the protest was met: one event, the intervention's kind,
        // its evidence running on through that sentence
        List<Report> rs = events("Hundreds of people protested in the centre of Sweida on Friday against rising prices."
                + " Police fired tear gas to disperse them.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, rs.get(0).subEventType(), rs::toString);
        assertTrue(rs.get(0).evidence().text().contains("tear gas"), rs::toString);
        assertTrue(rs.get(0).flags().contains("joined_across_sentences"), rs::toString);
        // a violent gathering is not made milder by the police stepping in
        List<Report> violent = events("Students marched in Daraa on Sunday against the fees. The group later burned"
                + " tyres on the main road. Police fired tear gas at them.");
        assertEquals(1, violent.size(), violent::toString);
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, violent.get(0).subEventType(), violent::toString);
        // police acting elsewhere, or on armed men, is an event of its own
        assertEquals(2, events("Hundreds of people protested in Sweida on Friday. Police arrested a smuggler in Daraa"
                + " on Monday.").size());
        assertEquals(2, events("Hundreds of people protested in Sweida on Friday. Police arrested three militants.")
                .size());
    }

    @Test
    void definiteDoersOfTheSameActWithoutAPlace_joinTheActToldBefore() {
        // "the jets" are the aircraft of the strikes just told; the same words with a new place are a new strike
        List<Report> rs = events("Russian air strikes killed 12 civilians in the city of Idlib on Wednesday, a monitor"
                + " said. The monitor said the jets struck a residential area near a bakery.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(12, rs.get(0).fatalities().value());
        assertEquals(2, events("Russian jets struck Idlib on Monday. The jets also struck Hama, killing three.")
                .size());
    }

    @Test
    void theSameDoersTollToldNext_isTheOperationsToll() {
        // "the army units" names the doer of the operation just told: its toll, one event
        List<Report> rs = events("Army units recaptured the village of Tal Sakhr in the Hama countryside on Sunday. A"
                + " military source said the army units killed 14 militants.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, rs.get(0).subEventType());
        assertEquals(14, rs.get(0).fatalities().value());
        // named afresh (no article), or elsewhere: an event of its own
        assertEquals(2, events("Army units recaptured the village of Tal Sakhr in the Hama countryside on Sunday."
                + " Army units killed 14 militants.").size());
        assertEquals(2, events("Army units recaptured the village of Tal Sakhr in the Hama countryside on Sunday."
                + " The army units killed 14 militants in Homs.").size());
    }

    @Test
    void deathsToldWithTheActAsTheirTime_areTheActsToll() {
        List<Report> rs = events("Two children were killed when regime forces shelled the town of Ariha.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, rs.get(0).subEventType());
        assertEquals(2, rs.get(0).fatalities().value());
        // deaths with a cause of their own stay apart
        assertEquals(2, events("Two soldiers were killed in clashes, and regime forces shelled the town of Ariha.")
                .size());
    }

    @Test
    void definiteMentionWhoseDoersAreOnlyDescribed_joinsTheNamedSidesEvent() {
        List<Report> rs = events("An IS cell attacked an SDF checkpoint near Al-Busayrah on Monday, killing three"
                + " SDF members. The attack was carried out by gunmen on motorcycles.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(3, rs.get(0).fatalities().value());
    }

    @Test
    void genericAnaphor_joinsTheNearestViolentEventOfAnotherType() {
        List<Report> rs = events("IS mortar fire killed three soldiers in Manbij on Tuesday. A military source said"
                + " the attack came from the east bank.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, rs.get(0).subEventType());
        assertEquals(3, rs.get(0).fatalities().value());
    }

    @Test
    void definiteMentionWithAnotherDoer_staysAnEventOfItsOwn() {
        List<Report> rs = events("Russian jets bombed Marea on Sunday. The airstrikes by Turkish jets hit Azaz.");
        assertEquals(2, rs.size(), rs::toString);
    }

    @Test
    void indefiniteNextEvent_staysApartAndTakesTheSideOfTheSentenceBefore() {
        List<Report> rs = events("Russian jets bombed Marea on Sunday. Airstrikes also hit Azaz, killing two men.");
        assertEquals(2, rs.size(), rs::toString);
        assertEquals(names(rs.get(0).actor1()), names(rs.get(1).actor1()));
        assertTrue(rs.get(1).flags().contains("actor1_from_context"), rs.get(1)::toString);
    }

    @Test
    void gatheringElsewhere_isAnotherCrowd_itTakesNoSideOfTheSentenceBefore() {
        // regression: the residents protesting in one town had become the crowd of a demonstration in the next
        List<Report> rs = events("Residents protested in Homs on Tuesday over water cuts. A demonstration took place in"
                + " Hama on Tuesday against fuel prices.");
        assertEquals(2, rs.size(), rs::toString);
        assertFalse(rs.get(1).flags().contains("actor1_from_context"), rs.get(1)::toString);
        assertTrue(rs.get(1).actor1().stream().noneMatch(a -> a.mention().text().equals("Residents")),
                rs.get(1)::toString);
    }

    @Test
    void implicitDoer_afterAnEventOfAnotherType_staysWithoutOne() {
        List<Report> rs = events("IS fighters seized the village of Tadef on Friday. Airstrikes hit Azaz, killing two"
                + " men.");
        Report strike = rs.stream().filter(r -> r.subEventType() == SubEventType.AIR_DRONE_STRIKE).findFirst()
                .orElseThrow(() -> new AssertionError(rs.toString()));
        assertTrue(strike.actor1().isEmpty(), strike::toString);
    }

    @Test
    void definiteMentionBeyondReach_staysApart() {
        StringBuilder text = new StringBuilder("Russian jets bombed Marea on Sunday.");
        for (int i = 0; i <= DiscourseJoiner.REACH; i++) {
            text.append(" The town council met again to discuss the water supply.");
        }
        text.append(" The airstrikes killed two children in Marea.");
        assertEquals(2, events(text.toString()).size());
    }

    @Test
    void aDoerAskedAbout_staysOpen_insteadOfTakingTheSideBefore() {
        List<Report> rs = events("Government forces attacked rebel positions near Latakia on Monday. The monitor says it"
                + " determines who carried out attacks from the type of munitions used.");
        for (Report r : rs) {
            if (r.evidence().text().contains("determines")) {
                assertTrue(r.actor1().isEmpty(), r::toString);
                assertFalse(r.flags().contains("actor1_from_context"), r::toString);
            }
        }
        assertTrue(rs.stream().anyMatch(r -> r.evidence().text().contains("determines")), rs::toString);
    }
}
