package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypeScoresTest {
    @Test
    void score_handComputed_weightedBySupport() {
        // gold A,A,B,NONE ; predicted A,B,B,A
        TypeScores.Score s = TypeScores.score(List.of(new TypeScores.Judged("1", "A", "A"),
                new TypeScores.Judged("2", "A", "B"), new TypeScores.Judged("3", "B", "B"),
                new TypeScores.Judged("4", "NONE", "A")));
        // A: P=1/2 R=1/2 F=0.5 (support 2); B: P=1/2 R=1 F=2/3 (support 1); NONE: F=0 (support 1)
        assertEquals((2 * 0.5 + 2.0 / 3) / 4, s.weightedF1(), 1e-9);
        assertEquals(0.5, s.accuracy(), 1e-9);
        assertEquals(2, s.confusions().size()); // A->B and NONE->A
    }

    @Test
    void score_noRows_zeroNotNaN() {
        TypeScores.Score s = TypeScores.score(List.of());
        assertEquals(0, s.rows());
        assertEquals(0.0, s.weightedF1());
        assertEquals(0.0, s.accuracy());
    }
}
