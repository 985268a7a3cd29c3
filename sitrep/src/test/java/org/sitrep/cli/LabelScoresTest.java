package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelScoresTest {
    private static LabelScores.Pair p(String gold, String predicted) {
        return new LabelScores.Pair(gold, predicted);
    }

    @Test
    void of_allCorrect_perfectScores() {
        LabelScores s = LabelScores.of(List.of(p("A", "A"), p("B", "B"), p("B", "B")));
        assertEquals(1.0, s.accuracy());
        assertEquals(1.0, s.weightedF1());
        assertEquals(2, s.labels());
        assertEquals(3, s.n());
    }

    @Test
    void of_mixedErrors_supportWeightedF1ByHand() {
        // A: support 2, 1 right, predicted twice -> F1 = 2*1/(2+2) = 0.5; B: support 1, none right -> 0;
        // C: support 1, predicted as X (not a gold label) -> 0. Weighted: (2*0.5 + 0 + 0) / 4
        LabelScores s = LabelScores.of(List.of(p("A", "A"), p("A", "B"), p("B", "A"), p("C", "X")));
        assertEquals(0.25, s.accuracy(), 1e-12);
        assertEquals(0.25, s.weightedF1(), 1e-12);
        assertEquals(3, s.labels());
    }

    @Test
    void of_unevenSupport_weightsByGoldCount() {
        // A: support 3, all right, predicted 4 times -> 6/7; B: support 1, predicted A -> 0
        LabelScores s = LabelScores.of(List.of(p("A", "A"), p("A", "A"), p("A", "A"), p("B", "A")));
        assertEquals(0.75, s.accuracy(), 1e-12);
        assertEquals(3 * (6.0 / 7) / 4, s.weightedF1(), 1e-12);
    }

    @Test
    void of_predictionOutsideGold_costsRecallOnly() {
        LabelScores s = LabelScores.of(List.of(p("A", "A"), p("A", "NONE")));
        // A: tp 1, support 2, predicted 1 -> 2/3; NONE is not a gold label, so it is not averaged in
        assertEquals(2.0 / 3, s.weightedF1(), 1e-12);
        assertEquals(1, s.labels());
    }

    @Test
    void of_noPairs_refused() {
        assertThrows(IllegalArgumentException.class, () -> LabelScores.of(List.of()));
    }
}
