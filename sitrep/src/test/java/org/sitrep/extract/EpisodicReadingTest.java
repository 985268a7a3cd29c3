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
    private static final EpisodicReading READING = new EpisodicReading(Knowledge.get());

    /** The reading of the first trigger in the sentence. */
    private static Reading readFirstTrigger(String sentence) {
        List<Token> toks = Tokenizer.tokenize(sentence, 0, sentence.length());
        for (int i = 0; i < toks.size(); i++) {
            PhraseSet.Match<Trigger> m = Knowledge.get().triggers.at(toks, i);
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
}
