package org.sitrep.bench.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void confusions_offDiagonalCells_mostFrequentFirstWithExamples() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add("Attack", "Attack", "1");
        m.add("Attack", "Armed clash", "2");
        m.add("Grenade", "NONE", "3");
        m.add("Grenade", "NONE", "4");
        assertEquals(List.of(new ConfusionMatrix.Cell("Grenade", "NONE", 2, List.of("3", "4")),
                new ConfusionMatrix.Cell("Attack", "Armed clash", 1, List.of("2"))), m.confusions());
        assertEquals(4, m.total());
        assertEquals(1, m.correct());
        assertEquals(2, m.goldCount("Attack"));
        assertEquals(2, m.predictedCount("NONE"));
    }

    @Test
    void collapse_mapsBothSides_keepsCounts() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add("Air/drone strike", "Grenade", "1");
        m.add("Armed clash", "Air/drone strike", "2");
        ConfusionMatrix e = m.collapse(Labels::eventTypeOf);
        assertEquals(1, e.count("Explosions/Remote violence", "Explosions/Remote violence"));
        assertEquals(1, e.count("Battles", "Explosions/Remote violence"));
        assertEquals(2, e.total());
    }
}
