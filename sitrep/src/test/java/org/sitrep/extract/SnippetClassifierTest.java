package org.sitrep.extract;

import org.sitrep.model.ScoredType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class SnippetClassifierTest {
    private final SnippetClassifier c = new SnippetClassifier();

    private SubEventType forced(String s) {
        return c.classifyForced(s).type();
    }

    @Test
    void classify_instrumentBeatsGenericViolence() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, c.classify("Russian warplanes killed 9 people in airstrikes on a market.").get(0).type());
        assertEquals(SubEventType.SUICIDE_BOMB, c.classify("A suicide car bomb attack hit a checkpoint.").get(0).type());
        assertEquals(SubEventType.ABDUCTION, c.classify("Gunmen kidnapped two aid workers.").get(0).type());
    }

    @Test
    void classify_shootOutAndGunBattle_areClashWords() {
        // regression: "shoot-out", "gun battle" and "exchange of fire" were no trigger, so a stray-bullet victim typed
        // the text as an attack
        List<ScoredType> votes = c.classify("A shoot-out between two gangs broke out in the market last night.");
        assertEquals(SubEventType.ARMED_CLASH, votes.get(0).type(), votes::toString);
        assertEquals(SubEventType.ARMED_CLASH,
                c.classify("A gun battle between police and robbers lasted an hour.").get(0).type());
        assertEquals(SubEventType.ARMED_CLASH,
                c.classify("An exchange of fire was reported near the border post.").get(0).type());
    }

    @Test
    void classify_theMonthMarchOpeningAClause_isNotAProtestingSubject() {
        // regression: "March 3 — An airstrike hit ..." was a violent demonstration, "March" read as protesters
        assertEquals(SubEventType.AIR_DRONE_STRIKE, forced("March 3 — An airstrike hit a market town, killing four people."));
        assertEquals(SubEventType.AIR_DRONE_STRIKE, forced("In March an airstrike hit the old bridge, killing two."));
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION,
                forced("A march against the governor turned violent as protesters torched the town hall."));
    }

    @Test
    void classifyForcedAt_sentenceOfTwoActs_typesTheActNamedThere() {
        String s = "Riot police detained three men as hundreds of students marched through the square.";
        assertEquals(SubEventType.ARRESTS, at(s, "detained").type());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, at(s, "marched").type());
        // no act named there: the forced choice of the whole sentence
        assertEquals(c.classifyForced(s).type(), at(s, "square").type());
        String two = "A roadside bomb hit an army patrol near the village, and gunmen then opened fire on the soldiers.";
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, at(two, "bomb").type());
        assertEquals(SubEventType.ARMED_CLASH, at(two, "opened fire").type());
        // one act: the sentence's reading, the model included, as the record types it
        String one = "Gunmen opened fire on a wedding party in the village, killing a guest.";
        assertEquals(c.classifyForced(one), at(one, "opened fire"));
        // a weapon names its act: a bomb stays a bomb whatever the sentence says around it
        assertEquals(SubEventType.AIR_DRONE_STRIKE, at("Government jets pounded the hilltop villages at dawn.",
                "pounded").type());
    }

    private ScoredType at(String sentence, String word) {
        int i = sentence.indexOf(word);
        return c.classifyForcedAt(sentence, i, i + word.length());
    }

    @Test
    void annihilate_isViolenceByItsDoer_andSportOrVotesAreNone() {
        // regression: "annihilate" was no trigger, so "Russian air forces annihilate oil tankers" read as no event
        assertEquals(SubEventType.AIR_DRONE_STRIKE,
                c.detect("Russian air forces annihilated an oil convoy near the town on Monday.").orElseThrow().type());
        assertTrue(c.detect("The team beat its rivals in the final on Sunday.").isEmpty());
        assertTrue(c.detect("The ruling party annihilated the opposition in the election.").isEmpty());
        assertEquals(SubEventType.ATTACK, c.detect("Gunmen beat a shepherd to death near the village.").orElseThrow()
                .type());
    }

    @Test
    void classify_instrumentActorWithGenericVerb_instrumentType() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, forced("Government jets pounded the hilltop villages at dawn."));
        assertEquals(SubEventType.AIR_DRONE_STRIKE, forced("Drones hit a fuel truck on the desert road."));
    }

    @Test
    void classify_territoryByWhoActs() {
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                forced("Government troops captured the village after heavy fighting."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                forced("The Turkish-backed National Army captured two hamlets from the Kurdish forces."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                forced("The border post fell into the hands of the rebels."));
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, forced("The police seized a truck full of weapons."));
    }

    @Test
    void classify_whoIsHurt_decidesAttackMobOrForce() {
        assertEquals(SubEventType.ATTACK, forced("Masked gunmen shot dead two farmers near the well."));
        assertEquals(SubEventType.MOB_VIOLENCE, forced("An angry crowd beat a suspected thief in the market."));
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, forced("Protesters set fire to the town hall."));
        assertEquals(SubEventType.EXCESSIVE_FORCE, forced("Security forces fired on protesters in the square."));
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, forced("Police fired tear gas to disperse the march."));
    }

    @Test
    void classify_disruptionCancelsTheWeaponItNames() {
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, forced("Engineers defused a roadside bomb near the school."));
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, forced("Air defences intercepted two rockets over the port."));
    }

    @Test
    void classify_strategicDevelopments() {
        assertEquals(SubEventType.HEADQUARTERS_ESTABLISHED, forced("The militia set up a new base at the old airfield."));
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, forced("Fighters destroyed shrines in the old cemetery."));
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER, forced("The garrison withdrew and the town was handed over without fighting."));
    }

    @Test
    void detect_opinionAndDenial_none() {
        for (String s : List.of("The ministry rejected claims that its jets had bombed the camp.",
                "Should the truce fail, the fighting could become far worse.",
                "The coalition carried out no strikes in the province last week.")) {
            assertTrue(c.detect(s).isEmpty(), s);
        }
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, c.detect("The army shelled Talbiseh overnight.").get().type());
    }

    @Test
    void classifyForced_noTrigger_learnedModelReadsTheWording() {
        assertTrue(c.classify("Crowds carrying flags filled the main square calling for freedom.").isEmpty());
        ScoredType t = c.classifyForced("Crowds carrying flags filled the main square calling for freedom.");
        assertEquals(SubEventType.PEACEFUL_PROTEST, t.type());
        assertTrue(t.score() > 0 && t.score() < 1);
    }

    @Test
    void classifyForced_noTrigger_modelChoiceNeverLooksAsSureAsTheRules() {
        // a model-made choice is scored at most half, so callers can tell it from a unanimous rule vote
        for (String s : new String[] {"The weather was fine.", "Officials in the capital spent the whole week "
                + "discussing budgets, pensions and the price of bread with visiting delegations."}) {
            assertTrue(c.classify(s).isEmpty());
            assertTrue(c.classifyForced(s).score() <= 0.5, s);
        }
    }

    @Test
    void signs_readTheQuietTakeOverAndHarm() {
        assertTrue(c.signs("Militia fighters took the hill town on Monday; no clashes were reported.").noFight());
        assertTrue(c.signs("Border guards moved into the crossing peacefully after the rebels left.").noFight());
        assertTrue(c.signs("The brigade entered the village without a fight.").noFight());
        assertTrue(!c.signs("The brigade entered the village after two days of heavy fighting.").noFight());
        assertTrue(c.signs("Gunmen seized a trader on the highway; his body was found two days later.").harm());
        assertTrue(!c.signs("Gunmen seized a trader on the highway; he was freed unhurt after a ransom was paid.")
                .harm());
    }

    @Test
    void classifyForced_abductedThenKilled_isAnAttack() {
        // ACLED codes people taken and then killed as an Attack, the taking as its prelude
        assertEquals(SubEventType.ATTACK,
                forced("Gunmen kidnapped a village chief near Kajuru; his body was found in the bush two days later."));
    }
}
