package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

/** The joiner looks back only at reports still within reach: its work grows with the document, not its square. */
class DiscourseJoinerWorkTest {
    /** Counts look-ups of report anchors. */
    private static final class CountingAnchors extends HashMap<String, DiscourseJoiner.Anchor> {
        int gets;

        @Override
        public DiscourseJoiner.Anchor get(Object key) {
            gets++;
            return super.get(key);
        }
    }

    private static Report copy(Report r, String id) {
        return new Report(id, r.kind(), r.eventId(), r.documentId(), r.section(), r.evidence(), r.trigger(),
                r.subEventType(), r.ploverEvent(), r.ploverMode(), r.cameoRoot(), r.actor1(), r.actor2(),
                r.assocActor1(), r.assocActor2(), r.location(), r.date(), r.fatalities(), r.injured(), r.count(),
                r.modality(), r.attribution(), r.flags(), r.measures());
    }

    /** Look-ups for n definite mentions, each far out of reach of the one before. */
    private static int lookups(int n) {
        String text = "The airstrikes killed four people in Raqqa.";
        Report one = Fixtures.body(text).stream().filter(r -> r.kind() == ReportKind.EVENT).findFirst().orElseThrow();
        List<Report> reports = new ArrayList<>();
        CountingAnchors anchors = new CountingAnchors();
        for (int i = 0; i < n; i++) {
            Report r = copy(one, "r" + i);
            reports.add(r);
            anchors.put(r.id(), new DiscourseJoiner.Anchor(i * (DiscourseJoiner.REACH + 1), true, false));
        }
        ExtractLexicons lx = ExtractLexicons.get();
        List<Report> out = new DiscourseJoiner(lx.triggers(), lx.actors()).join(text, reports, anchors);
        assertEquals(n, out.size(), "nothing in reach: nothing joined");
        return anchors.gets;
    }

    @Test
    void definiteMentions_farApart_lookBackAtAFewReportsOnly() {
        int small = lookups(500);
        int large = lookups(5_000);
        // a scan back to the first report makes ten times the reports a hundred times the look-ups
        assertTrue(large <= 12 * small, small + " look-ups for 500 reports, " + large + " for 5,000");
        assertTrue(large <= 5 * 5_000, large + " look-ups for 5,000 reports");
    }

    @Test
    void mentionWithinReach_stillJoins() {
        String text = "Warplanes carried out airstrikes on Raqqa. The airstrikes killed four people.";
        List<Report> rs = Fixtures.body(text).stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
        assertEquals(1, rs.size(), rs::toString);
        assertTrue(rs.get(0).flags().contains("joined_across_sentences"));
    }
}
