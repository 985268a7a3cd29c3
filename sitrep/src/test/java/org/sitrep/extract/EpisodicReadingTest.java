package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.extract.EpisodicReading.Reading;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

class EpisodicReadingTest {
    private static final EpisodicReading READING = new EpisodicReading(ExtractLexicons.get().triggers());

    /** The reading of the first trigger in the sentence. */
    private static Reading readFirstTrigger(String sentence) {
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<Trigger> m = ExtractLexicons.get().triggers().triggers().at(toks, i);
            if (m != null) {
                return READING.read(toks, m.start(), m.end());
            }
        }
        throw new AssertionError("no trigger in: " + sentence);
    }

    private static List<Report> events(String text) {
        return Fixtures.body(text).stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The singer struck a chord with young voters in Beirut.",
        "Fuel prices exploded after the crossing was closed to trucks.",
        "Prices for bread and diesel exploded in the besieged districts.",
        "The villagers demonstrated their resolve by rebuilding the school.",
        "Stocks rallied in Istanbul on hopes of a new loan.",
        "He stormed out of the negotiations in Geneva.",
        "The minister made offensive remarks about the refugees.",
        "The campaign captured the imagination of young voters in Beirut.",
        "The council met on 5 March to discuss the budget.",
        "The lawyer began a long legal battle over the seized land."
    })
    void read_idiomsAndMetaphors_otherSense(String sentence) {
        assertEquals(Reading.OTHER_SENSE, readFirstTrigger(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Government troops struck the village of Kafr Nabl with artillery.",
        "A car bomb exploded near the bus station in Azaz.",
        "Hundreds demonstrated in the square of Daraa against the curfew.",
        "Supporters rallied in front of the governorate building in Sweida.",
        "Thousands joined the march through Suwayda on Friday."
    })
    void read_literalUses_episode(String sentence) {
        assertEquals(Reading.EPISODE, readFirstTrigger(sentence));
    }

    @Test
    void read_spanOfYears_habitual() {
        assertEquals(Reading.HABITUAL, readFirstTrigger("The army has been fighting the insurgents for more than six years."));
        assertEquals(Reading.HABITUAL, readFirstTrigger("The group has attacked convoys on this road since 2013."));
        assertEquals(Reading.HABITUAL, readFirstTrigger("Militias fought over the district for decades."));
        assertEquals(Reading.HABITUAL, readFirstTrigger("Those who attack the checkpoints will face the courts."));
        assertEquals(Reading.EPISODE, readFirstTrigger("Villagers who attacked the patrol fled into the hills."));
    }

    @Test
    void read_datedEpisodeNearYears_episode() {
        // a year as a date, not a span, and a span that belongs to another clause
        assertEquals(Reading.EPISODE, readFirstTrigger("Rebels captured the town in 2013 after a long siege."));
        assertEquals(Reading.EPISODE, readFirstTrigger("Rebels attacked the base on Monday, the first raid in six years."));
        assertEquals(Reading.EPISODE, readFirstTrigger("Rebels captured the town, which the army had held since 2012."));
    }

    @Test
    void read_infinitiveOfPurpose_aim() {
        assertEquals(Reading.AIM, readFirstTrigger("Washington asked the SDF to seize the oilfields."));
        assertEquals(Reading.AIM, readFirstTrigger("Commanders ordered the brigade to quickly retake the hill."));
        assertEquals(Reading.AIM, readFirstTrigger("The race is on to seize the wells east of the river."));
        assertEquals(Reading.AIM, readFirstTrigger("Rebels are trying to push the militants out and recapture the hill."));
    }

    @Test
    void read_actKeptFromHappening_aim() {
        assertEquals(Reading.AIM, readFirstTrigger("The army acted to prevent the militia from seizing the town."));
        assertEquals(Reading.AIM, readFirstTrigger("Guards stopped the rebels from capturing the gate."));
        // "from" without a prevention verb: a real act, told with where it came from
        assertEquals(Reading.EPISODE, readFirstTrigger("Fighters came down from the hills, seizing the town."));
    }

    @Test
    void read_factualInfinitiveOrNoun_episode() {
        assertEquals(Reading.EPISODE, readFirstTrigger("The brigade managed to retake the hill at dawn."));
        assertEquals(Reading.EPISODE, readFirstTrigger("The rebels went on to capture the airport."));
        assertEquals(Reading.EPISODE, readFirstTrigger("They managed to break through and recapture the hill."));
        assertEquals(Reading.EPISODE, readFirstTrigger("Fighters drove to the front and recaptured the hill."));
        assertEquals(Reading.EPISODE, readFirstTrigger("The village was subjected to attacks all night."));
        assertEquals(Reading.EPISODE, readFirstTrigger("The rebels resorted to shelling the suburbs."));
    }

    @Test
    void extract_otherSenseAndHabit_yieldNoEventReport() {
        List<Report> prices = events("Fuel prices exploded in Aleppo after the road was closed.");
        assertTrue(prices.isEmpty(), prices::toString);
        List<Report> habit = events("The regime has been fighting the rebels in Idlib for more than six years.");
        assertTrue(habit.isEmpty(), habit::toString);
    }

    @Test
    void extract_opinionAndRhetoric_noAssertedEvent() {
        List<Report> opinion = events("In my view the shelling of Douma was a moral failure of the whole world.");
        assertTrue(opinion.stream().noneMatch(r -> r.modality().assertsOccurrence()), opinion::toString);
        List<Report> threat = events("Anyone who attacks our convoys will be punished, the governor of Homs said.");
        assertTrue(threat.stream().noneMatch(r -> r.modality().assertsOccurrence()), threat::toString);
    }

    @Test
    void extract_aim_reportIsHypotheticalAndFlagged() {
        List<Report> rs = events("The US asked the SDF to mount an operation to seize the oilfields near Deir ez-Zor.");
        assertTrue(rs.stream().noneMatch(r -> r.modality().assertsOccurrence()), rs::toString);
        assertTrue(rs.stream().anyMatch(r -> r.modality() == Modality.HYPOTHETICAL && r.flags().contains("aim")),
                rs::toString);
    }

    @Test
    void extract_literalStrike_stillOneAssertedReport() {
        List<Report> rs = events("Russian jets struck a market in Maarat al-Numan on Monday, killing 12 people.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(Modality.ASSERTED, rs.get(0).modality());
    }

    @Test
    void detect_habitAndAim_noEventLikeExtraction() {
        SnippetClassifier c = new SnippetClassifier();
        assertTrue(c.detect("The militia has fought the army around Jisr al-Shughur for more than five years.")
                .isEmpty());
        assertTrue(c.detect("Commanders ordered the brigade to retake the hill above Kabani.").isEmpty());
        assertTrue(c.detect("The brigade retook the hill above Kabani on Sunday.").isPresent());
    }

    private static List<Report> asserted(String text) {
        return events(text).stream().filter(r -> r.modality().assertsOccurrence()).toList();
    }

    /** The reading of the trigger starting at the given word (first occurrence). */
    private static Reading readAt(String sentence, String word) {
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<Trigger> m = ExtractLexicons.get().triggers().triggers().at(toks, i);
            if (m != null && toks.get(i).text().equals(word)) {
                return READING.read(toks, m.start(), m.end());
            }
        }
        throw new AssertionError("no trigger '" + word + "' in: " + sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The failed raid was followed by a wave of arrests in the camp.",
        "The shelling of the hospital was a turning point for the donors.",
        "The bombing came as a shock to the residents of Saraqib.",
        "The purpose of the offensive near Tadef remains unclear.",
        "The timing of the airstrike on the bridge raised questions.",
        "Rebels blame the army for the siege, an unprovoked attack on a town full of families."
    })
    void read_definiteEventTalkedAbout_backReference(String sentence) {
        String word = sentence.contains("raid") ? "raid" : sentence.contains("shelling") ? "shelling"
                : sentence.contains("bombing") ? "bombing" : sentence.contains("offensive") ? "offensive"
                : sentence.contains("airstrike") ? "airstrike" : "attack";
        assertEquals(Reading.BACK_REFERENCE, readAt(sentence, word));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The raid on the camp killed three guards before dawn.",
        "The attack was carried out by two gunmen on motorbikes.",
        "The detained teacher was a member of the local council.",
        "Militants launched an attack on a checkpoint near Azaz."
    })
    void read_eventToldOrNoEventPhrase_notBackReference(String sentence) {
        String word = sentence.contains("raid") ? "raid" : sentence.contains("detained") ? "detained" : "attack";
        assertTrue(readAt(sentence, word) != Reading.BACK_REFERENCE, sentence);
    }

    @Test
    void extract_backReferences_noAssertedReport() {
        assertTrue(asserted("The foiled ambush was followed by a statement from the ministry in Damascus.").isEmpty());
        assertTrue(asserted("The goals of the assault on Hama were never stated by the rebels.").isEmpty());
        assertTrue(asserted("The killing of the mayor is the latest blow to the council of Daraa.").isEmpty());
        // a civilian victim types the killing, which must not make the commented-on killing a new report
        assertTrue(asserted("The killing of the teacher was a blow to the school in Daraa.").isEmpty());
    }

    @Test
    void extract_backReferenceBesideANewEvent_newEventKept() {
        List<Report> rs = asserted("The attack was a warning, and on Tuesday rebels shelled the army base at Marea.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(org.sitrep.model.SubEventType.SHELLING_ARTILLERY_MISSILE, rs.get(0).subEventType());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u2022 Seize the bridge over the river before the floods",
        "- Capture and hold the airbase for the winter",
        "Seize the barracks and free the prisoners."
    })
    void read_lineOpeningWithABareVerb_aim(String sentence) {
        assertEquals(Reading.AIM, readFirstTrigger(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Attack helicopters struck a convoy near Palmyra.",
        "Clashes erupted in the old city of Homs.",
        "Capture of the town was announced on state television."
    })
    void read_lineOpeningWithANounOrReport_notAim(String sentence) {
        assertTrue(readFirstTrigger(sentence) != Reading.AIM, sentence);
    }

    @Test
    void extract_objectiveBullet_hypotheticalNotAsserted() {
        List<Report> rs = events("\u2022 Capture the hill and kill the officers who hold it");
        assertTrue(rs.stream().noneMatch(r -> r.modality().assertsOccurrence()), rs::toString);
    }

    @Test
    void read_roadNowCleared_state() {
        assertEquals(Reading.STATE, readAt("Help came late and the highway is now largely cleared of mines.",
                "cleared"));
        assertTrue(readAt("The army cleared the highway of mines on Friday.", "cleared") != Reading.STATE);
    }

    @Test
    void read_movementWithPurpose_movementAndItsPurposeAreNoEvents() {
        assertEquals(Reading.MOVEMENT,
                readAt("The army sent reinforcements from Hama to help secure the highway.", "reinforcements"));
        assertEquals(Reading.AIM, readAt(
                "The militia brought two hundred fighters from the coast northwards for its share of the offensive.",
                "offensive"));
        assertTrue(asserted("The army sent reinforcements from Hama to help secure the highway.").isEmpty());
        assertTrue(asserted("The militia brought two hundred fighters from the coast northwards for its share"
                + " of the offensive.").isEmpty());
    }

    @Test
    void read_movementWithoutPurpose_stillReported() {
        assertTrue(readAt("The army sent reinforcements to Hama.", "reinforcements") != Reading.MOVEMENT);
        List<Report> rs = asserted("Rebels brought fighters to the front and attacked an army post near Hama.");
        assertTrue(rs.stream().anyMatch(r -> r.subEventType() == org.sitrep.model.SubEventType.ARMED_CLASH),
                rs::toString);
    }

    @Test
    void extract_attacksUnderAModal_notAsserted() {
        assertTrue(asserted("You can now count rocket attacks from the north on the army lines as well.").isEmpty());
        assertTrue(asserted("The group may well shrug off the pressure and continue attacks.").isEmpty());
        assertEquals(1, asserted("Rebels continued attacks on army lines near Hama on Sunday.").size());
    }

    @Test
    void read_presentLightVerb_habitual() {
        assertEquals(Reading.HABITUAL, readAt("The ministry says its air force conducts raids only on verified targets.",
                "raids"));
        assertEquals(Reading.EPISODE, readAt("The air force conducted raids on verified targets on Monday.", "raids"));
    }

    @Test
    void read_sinceClause_habitualButSinceANoun_notSo() {
        assertEquals(Reading.HABITUAL, readAt("The group has grown strong since Turkey entered the war.", "entered"));
        assertTrue(readAt("Five died in shelling since the truce collapsed.", "shelling") != Reading.HABITUAL);
    }

    @Test
    void read_stepBeforeAFutureMainClause_prospective() {
        assertEquals(Reading.PROSPECTIVE,
                readAt("After capturing the dam, the rebels will push on towards Tabqa.", "capturing"));
        assertTrue(readAt("After capturing the dam, the rebels pushed on towards Tabqa.", "capturing")
                != Reading.PROSPECTIVE);
        assertTrue(asserted("After capturing the dam, the rebels will push on towards Tabqa.").isEmpty());
    }

    @Test
    void read_preparingForAnEventNoun_aim() {
        assertEquals(Reading.AIM, readAt("Army units massed near the river, preparing for an assault on the town.",
                "assault"));
    }

    @Test
    void extract_prospectiveAndOtherSenseCues_noAssertedReport() {
        assertTrue(asserted("Residents spoke of the long awaited liberation of their town from the militants.")
                .isEmpty());
        assertTrue(asserted("The army thwarted the rebels' plans for the spring.").isEmpty());
        assertTrue(asserted("Critics question the usefulness of the ceasefire agreement for the villages.").isEmpty());
        assertTrue(asserted("The militia waged a long war, including repeated raids on outlying farms.").isEmpty());
    }

    @Test
    void extract_toldEventsBesideTheseCues_stillAsserted() {
        assertEquals(1, asserted("Army sappers defused a roadside bomb near Azaz on Monday.").size());
        assertEquals(1, asserted("The two sides signed a ceasefire agreement in Astana on Friday.").size());
    }

    @Test
    void pastBackground_relativeClauseWithAnEarlierYear_isBackgroundOnlyThen() {
        String text = "Tadmur, which the militants seized in 2015, lies in the desert east of Homs.";
        List<Token> toks = Tokenizer.tokenize(text, 0, text.length());
        int seized = 0;
        while (!toks.get(seized).is("seized")) {
            seized++;
        }
        assertTrue(READING.pastBackground(toks, seized, 2017));
        assertTrue(!READING.pastBackground(toks, seized, 2015), "news of the same year is not background");
        assertTrue(!READING.pastBackground(toks, seized, null), "no publication year: unknown, not background");
        String news = "Rebels shelled Mhardeh, which the army retook last week.";
        List<Token> nt = Tokenizer.tokenize(news, 0, news.length());
        int retook = 0;
        while (!nt.get(retook).is("retook")) {
            retook++;
        }
        assertTrue(!READING.pastBackground(nt, retook, 2017), "a recent event in a relative clause is still news");
    }

    @Test
    void extract_oldEventRecalledInARelativeClause_noReportInALaterDocument() {
        // acceptance gap G2
        org.sitrep.model.Document later = org.sitrep.model.TestDocuments.of("doc1", "Our Own Outlet",
                java.time.LocalDate.of(2016, 6, 20), org.sitrep.model.SectionKind.BODY,
                "Palmyra, which IS captured in 2015, is home to Roman ruins.");
        List<Report> rs = Fixtures.stage().extract(later).stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
        assertTrue(rs.isEmpty(), rs::toString);
    }
}
