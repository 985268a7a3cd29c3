package org.sitrep.eval.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
    @Test
    void of_oneGoldEventSplitInTwo_losesRecallNotPrecision() {
        Map<String, String> gold = Map.of("a", "E", "b", "E", "c", "E", "d", "F");
        Map<String, String> pred = Map.of("a", "1", "b", "1", "c", "2", "d", "3");
        ClusterScores s = ClusterScores.of(gold, pred);
        assertEquals(1.0, s.pairPrecision());
        assertEquals(1.0 / 3, s.pairRecall(), 1e-9);
        assertEquals(1.0, s.b3Precision());
        // B-cubed recall: a, b see 2 of 3; c sees 1 of 3; d sees 1 of 1
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.b3Recall(), 1e-9);
    }

    @Test
    void of_twoGoldEventsMerged_losesPrecisionNotRecall() {
        Map<String, String> gold = Map.of("a", "E", "b", "E", "c", "F");
        Map<String, String> pred = Map.of("a", "1", "b", "1", "c", "1");
        ClusterScores s = ClusterScores.of(gold, pred);
        assertEquals(1.0 / 3, s.pairPrecision(), 1e-9);
        assertEquals(1.0, s.pairRecall());
    }
}
