package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events a report meets in its batch: those touched by the batch's latest reports, in first-touched order. */
class BatchEventsTest {
    @Test
    void withinReach_everyEventOfAShortBatch_inTheOrderFirstTouched() {
        BatchEvents b = new BatchEvents();
        for (String id : List.of("e1", "e2", "e3")) {
            b.nextReport();
            b.touch(id);
        }
        b.nextReport();
        b.touch("e1");
        assertEquals(List.of("e1", "e2", "e3"), b.withinReach(id -> id, id -> true));
    }

    @Test
    void eventTouchedLongAgo_dropsOut_oneTouchedAgainStays() {
        BatchEvents b = new BatchEvents();
        b.nextReport();
        b.touch("old");
        b.touch("kept");
        for (int i = 0; i < BatchEvents.REACH; i++) {
            b.nextReport();
            b.touch("e" + i);
            if (i == BatchEvents.REACH - 5) {
                b.touch("kept");
            }
        }
        List<String> near = b.withinReach(id -> id, id -> true);
        assertEquals(BatchEvents.REACH + 1, near.size(), "only what the last REACH reports touched");
        assertEquals("kept", near.get(0), "first touched, touched again lately");
        assertEquals(false, near.contains("old"));
        assertEquals(BatchEvents.REACH + 2, b.touchedEver());
    }

    @Test
    void absorbedEvent_standsForTheEventThatTookItIn_once() {
        BatchEvents b = new BatchEvents();
        b.nextReport();
        b.touch("a");
        b.nextReport();
        b.touch("b");
        b.nextReport();
        b.touch("c");
        Map<String, String> merged = Map.of("a", "c");
        assertEquals(List.of("b", "c"), b.withinReach(id -> merged.getOrDefault(id, id), id -> !id.equals("a")));
    }
}
