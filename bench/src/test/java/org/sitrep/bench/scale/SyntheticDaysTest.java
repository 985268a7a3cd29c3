package org.sitrep.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.store.ChangeSet;

/** The generator writes exactly the events asked for, each once, after all of its reports; the same seed, the same. */
class SyntheticDaysTest {
    @Test
    void generate_eachEventWrittenOnceAfterItsReports_sameSeedSameRecords() {
        ScaleWorld world = new ScaleWorld();
        List<ChangeSet> first = all(new SyntheticDays(world, 5000, 3));
        Set<String> reports = new HashSet<>();
        Set<String> events = new HashSet<>();
        for (ChangeSet c : first) {
            for (Report r : c.document().reports()) {
                assertTrue(reports.add(r.id()), "report " + r.id() + " twice");
            }
            for (ChangeSet.EventWrite w : c.events()) {
                assertTrue(events.add(w.event().id()), "event " + w.event().id() + " written twice");
                assertTrue(reports.containsAll(w.event().reportIds()), "event before its reports");
                assertTrue(w.event().grade() != null && w.event().location().resolved());
            }
        }
        assertEquals(5000, events.size());
        assertTrue(reports.size() > 6000, "reports: " + reports.size());
        List<ChangeSet> again = all(new SyntheticDays(world, 5000, 3));
        assertEquals(first.size(), again.size());
        assertEquals(first.get(first.size() / 2).document().reports(),
                again.get(first.size() / 2).document().reports());
    }

    private static List<ChangeSet> all(SyntheticDays days) {
        List<ChangeSet> out = new ArrayList<>();
        while (days.hasNext()) {
            out.addAll(days.nextDay());
        }
        return out;
    }
}
