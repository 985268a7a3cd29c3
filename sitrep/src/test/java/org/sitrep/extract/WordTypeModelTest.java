package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class WordTypeModelTest {
    private static final WordTypeModel TINY = new WordTypeModel(List.of(
            new WordTypeModel.Example(SubEventType.AGREEMENT, "The parties signed a truce in the capital."),
            new WordTypeModel.Example(SubEventType.AGREEMENT, "Both sides signed a prisoner swap deal."),
            new WordTypeModel.Example(SubEventType.ARRESTS, "Police detained two students at the campus."),
            new WordTypeModel.Example(SubEventType.ARRESTS, "Officers detained a journalist at the border.")));

    @Test
    void best_wordsOfOneClass_thatClass() {
        assertEquals(SubEventType.AGREEMENT, TINY.best("They signed a truce.").type());
        assertEquals(SubEventType.ARRESTS, TINY.best("Police detained a man.").type());
    }

    @Test
    void best_noKnownWord_null() {
        assertNull(TINY.best("Xylophones quietly hummed."));
        assertTrue(TINY.posterior("").isEmpty());
    }

    @Test
    void best_restrictedToTiedTypes_picksAmongThem() {
        // "detained" points to arrests, but only agreement is allowed
        assertEquals(SubEventType.AGREEMENT, TINY.best("Police detained a man.", Set.of(SubEventType.AGREEMENT)).type());
    }

    @Test
    void features_stemsAndBigrams() {
        assertEquals(List.of("police", "detain", "student", "police detain", "detain student"),
                WordTypeModel.features("Police detained the students."));
    }

    @Test
    void constructor_noExamples_fails() {
        assertThrows(IllegalArgumentException.class, () -> new WordTypeModel(List.of()));
    }

    @Test
    void get_trainedOnBundledData_coversAll25Types() {
        Map<SubEventType, Double> p = WordTypeModel.get().posterior("Jets struck a bakery in the town.");
        assertEquals(25, p.size());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, WordTypeModel.get().best("Jets struck a bakery in the town.").type());
    }

    @Property
    void posterior_anyText_sumsToOneOrEmpty(@ForAll String text) {
        Map<SubEventType, Double> p = TINY.posterior(text);
        double sum = p.values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(p.isEmpty() || Math.abs(sum - 1) < 1e-9, () -> "sum " + sum);
        p.values().forEach(v -> assertTrue(v >= 0 && v <= 1));
    }
}
