package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.DocumentFlag;

class EventFocusTest {
    private static DocumentInfo doc(String... flags) {
        return new DocumentInfo("d1", "a.txt", null, null, null, null, null, "text/plain", "UTF-8", List.of(flags));
    }

    @Test
    void focusOf_flaggedDocument_itsCountry() {
        assertEquals(Optional.of("SY"), EventFocus.focusOf(doc("date_inferred", DocumentFlag.focusCountry("SY"))));
        assertEquals(Optional.empty(), EventFocus.focusOf(doc("date_inferred")));
    }

    @Test
    void strictWinner_documentsDisagreeEvenly_unknown() {
        assertEquals(Optional.of("SY"), EventFocus.strictWinner(Map.of("SY", 2, "IQ", 1)));
        assertEquals(Optional.empty(), EventFocus.strictWinner(new java.util.TreeMap<>(Map.of("SY", 1, "IQ", 1))));
        assertEquals(Optional.empty(), EventFocus.strictWinner(Map.of()));
    }
}
