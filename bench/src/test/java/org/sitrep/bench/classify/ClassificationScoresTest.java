package org.sitrep.bench.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationScoresTest {
    private static final String CLASH = "Armed clash";
    private static final String AIR = "Air/drone strike";
    private static final String SHELL = "Shelling/artillery/missile attack";
    private static final String NONE = Labels.NONE;
    private static final double EPS = 1e-9;

    private static void add(ConfusionMatrix m, String gold, String predicted, int times) {
        for (int i = 0; i < times; i++) {
            m.add(gold, predicted, gold + ">" + predicted + "#" + i);
        }
    }

    /**
     * Gold/predicted: clash->clash 3, clash->air 1, air->air 2, air->NONE 1, NONE->clash 1, NONE->NONE 2.
     * Clash: TP 3, FP 1, FN 1 -> P=R=F1=0.75 (support 4). Air: TP 2, FP 1, FN 1 -> P=R=F1=2/3 (support 3).
     * Weighted F1 = (4*0.75 + 3*2/3) / 7 = 5/7; macro F1 over supported types = (0.75 + 2/3) / 2;
     * accuracy = 7/10.
     */
    private static ConfusionMatrix handWorked() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, CLASH, CLASH, 3);
        add(m, CLASH, AIR, 1);
        add(m, AIR, AIR, 2);
        add(m, AIR, NONE, 1);
        add(m, NONE, CLASH, 1);
        add(m, NONE, NONE, 2);
        return m;
    }

    @Test
    void of_handWorkedMatrix_givesKnownWeightedAndMacroF1() {
        ClassificationScores s = ClassificationScores.of(handWorked(), Labels.SUB_EVENT_TYPES);
        assertEquals(5.0 / 7.0, s.weightedF1(), EPS);
        assertEquals((0.75 + 2.0 / 3.0) / 2, s.macroF1(), EPS);
        assertEquals(0.7, s.accuracy(), EPS);
        assertEquals(10, s.items());
        assertEquals(25, s.perLabel().size());
    }

    @Test
    void of_handWorkedMatrix_givesKnownPerTypeScores() {
        ClassificationScores s = ClassificationScores.of(handWorked(), Labels.SUB_EVENT_TYPES);
        TypeScore clash = s.perLabel().stream().filter(t -> t.label().equals(CLASH)).findFirst().orElseThrow();
        TypeScore air = s.perLabel().stream().filter(t -> t.label().equals(AIR)).findFirst().orElseThrow();
        assertEquals(new TypeScore(CLASH, 4, 4, 3, 0.75, 0.75, 0.75), clash);
        assertEquals(3, air.support());
        assertEquals(3, air.predicted());
        assertEquals(2.0 / 3.0, air.precision(), EPS);
        assertEquals(2.0 / 3.0, air.recall(), EPS);
        assertEquals(2.0 / 3.0, air.f1(), EPS);
    }

    /** Asymmetric case: P and R differ, so F1 must be their harmonic mean, not either of them. */
    @Test
    void score_precisionAndRecallDiffer_f1IsHarmonicMean() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, SHELL, SHELL, 2);
        add(m, SHELL, NONE, 2);
        add(m, CLASH, CLASH, 1);
        // shell: TP 2, predicted 2, gold 4 -> P 1, R 0.5, F1 2/3
        TypeScore t = ClassificationScores.score(m, SHELL);
        assertEquals(1.0, t.precision(), EPS);
        assertEquals(0.5, t.recall(), EPS);
        assertEquals(2.0 / 3.0, t.f1(), EPS);
        // weighted: (4 * 2/3 + 1 * 1) / 5
        assertEquals((4 * 2.0 / 3.0 + 1) / 5, ClassificationScores.of(m, Labels.SUB_EVENT_TYPES).weightedF1(), EPS);
    }

    @Test
    void of_perfectPredictions_scoreOne() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, CLASH, CLASH, 5);
        add(m, AIR, AIR, 1);
        add(m, NONE, NONE, 3);
        ClassificationScores s = ClassificationScores.of(m, Labels.SUB_EVENT_TYPES);
        assertEquals(1.0, s.weightedF1(), EPS);
        assertEquals(1.0, s.macroF1(), EPS);
        assertEquals(1.0, s.accuracy(), EPS);
    }

    @Test
    void of_alwaysNone_scoresZeroWithZeroDivisionAsZero() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, CLASH, NONE, 3);
        add(m, NONE, NONE, 3);
        ClassificationScores s = ClassificationScores.of(m, Labels.SUB_EVENT_TYPES);
        assertEquals(0.0, s.weightedF1(), EPS);
        assertEquals(0.5, s.accuracy(), EPS);
        s.perLabel().forEach(t -> assertEquals(0.0, t.precision(), EPS));
    }

    @Test
    void of_onlyNoneGold_weightedF1IsUndefined() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, NONE, CLASH, 2);
        ClassificationScores s = ClassificationScores.of(m, Labels.SUB_EVENT_TYPES);
        assertTrue(Double.isNaN(s.weightedF1()));
        assertTrue(Double.isNaN(s.macroF1()));
    }

    @Test
    void of_typeWithoutSupportButPredicted_weighsNothingButCostsPrecisionElsewhere() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, CLASH, CLASH, 1);
        add(m, CLASH, AIR, 1);
        ClassificationScores s = ClassificationScores.of(m, List.of(CLASH, AIR));
        // clash: P 1, R 0.5 -> F1 2/3; air has support 0 -> weight 0
        assertEquals(2.0 / 3.0, s.weightedF1(), EPS);
        assertEquals(2.0 / 3.0, s.macroF1(), EPS);
    }
}
