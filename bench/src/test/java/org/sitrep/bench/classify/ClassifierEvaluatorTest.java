package org.sitrep.bench.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierEvaluatorTest {
    private static final double EPS = 1e-9;

    private static final List<LabelledSnippet> SNIPPETS = List.of(
            new LabelledSnippet("a", "Armed clash", "Two factions fought near the bridge."),
            new LabelledSnippet("b", "Air/drone strike", "A drone hit a car on the ring road."),
            new LabelledSnippet("c", "Shelling/artillery/missile attack", "Mortar rounds fell on the market."),
            new LabelledSnippet("d", "NONE", "Analysts expect more fighting next year."));

    @Test
    void evaluate_classifierByTextLookup_matchesHandCount() {
        Map<String, String> answers = Map.of(
                "Two factions fought near the bridge.", "Armed clash",
                "A drone hit a car on the ring road.", "AIR_DRONE_STRIKE",          // enum name accepted
                "Mortar rounds fell on the market.", "Air/drone strike",            // wrong type, same event type
                "Analysts expect more fighting next year.", "");                    // blank = NONE
        Evaluation e = ClassifierEvaluator.evaluate(SNIPPETS, answers::get);
        // clash P=R=1 (support 1); air TP 1, predicted 2 -> P .5 R 1 F1 2/3 (support 1); shelling F1 0 (support 1)
        assertEquals((1 + 2.0 / 3.0 + 0) / 3, e.subEventTypes().weightedF1(), EPS);
        assertEquals(0.75, e.subEventTypes().accuracy(), EPS);
        // at event-type level air and shelling are both Explosions/Remote violence: all right
        assertEquals(1.0, e.eventTypes().weightedF1(), EPS);
        assertEquals(1.0, e.eventDetection().f1(), EPS);
        assertEquals(1, e.matrix().confusions().size());
        assertEquals(List.of("c"), e.matrix().confusions().get(0).exampleIds());
    }

    @Test
    void evaluate_unknownLabelFromClassifier_failsNamingSnippet() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> ClassifierEvaluator.evaluate(SNIPPETS, t -> "Bombing"));
        assertTrue(x.getMessage().contains("'Bombing'") && x.getMessage().contains("snippet a"), x.getMessage());
    }

    @Test
    void evaluate_eventDetection_countsTypeMistakesAsDetected() {
        Evaluation e = ClassifierEvaluator.evaluate(SNIPPETS, t -> "Armed clash");
        // 3 events all "detected", the NONE snippet is a false alarm: P 3/4, R 1
        assertEquals(0.75, e.eventDetection().precision(), EPS);
        assertEquals(1.0, e.eventDetection().recall(), EPS);
    }
}
