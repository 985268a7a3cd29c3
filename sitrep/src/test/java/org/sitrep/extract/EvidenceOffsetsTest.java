package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Document;
import org.sitrep.model.Mention;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.SubEventType;

/**
 * Issue #3 "Evidence" and "Type": every report and every value it carries points at the exact characters of the
 * document it came from, and every typed event report has its PLOVER event and mode and its CAMEO root.
 */
class EvidenceOffsetsTest {
    private static final String BODY = "Fighting spread east of the river overnight. "
            + "ISIS mortar fire killed three soldiers in Deir ez-Zor on Monday. "
            + "Tiger Forces shelled Nusra positions near Hama, killing at least 12 fighters and wounding 20 others.\n\n"
            + "A car bomb exploded in Azaz, killing 8 people, activists said. "
            + "Helicopters dropped barrel bombs on Idlib, killing nine civilians.";

    private static void assertPointsAtText(String text, Mention m, String what) {
        assertNotNull(m, what);
        assertEquals(m.text(), text.substring(m.span().start(), m.span().end()), what);
    }

    private static List<Report> reports() {
        Document d = Fixtures.doc(SectionKind.BODY, "Shelling intensifies", SectionKind.BODY, BODY);
        return Fixtures.stage().extract(d);
    }

    @Test
    void everyReportAndValue_offsetsPointAtTheirText() {
        Document d = Fixtures.doc(SectionKind.BODY, "Shelling intensifies", SectionKind.BODY, BODY);
        String text = d.text();
        List<Report> rs = reports();
        assertTrue(rs.size() >= 4, rs::toString);
        for (Report r : rs) {
            assertEquals(r.evidence().text(), text.substring(r.evidence().span().start(), r.evidence().span().end()));
            List<Mention> values = new ArrayList<>();
            if (r.trigger() != null) {
                values.add(r.trigger());
            }
            for (List<ActorRef> l : List.of(r.actor1(), r.actor2(), r.assocActor1(), r.assocActor2())) {
                l.forEach(a -> values.add(a.mention()));
            }
            if (r.location() != null) {
                values.add(r.location().mention());
            }
            for (var q : new org.sitrep.model.Quantity[] {r.fatalities(), r.injured(), r.count()}) {
                if (q != null) {
                    values.add(q.mention());
                }
            }
            r.attribution().stream().filter(a -> a.mention() != null).forEach(a -> values.add(a.mention()));
            for (Mention m : values) {
                assertPointsAtText(text, m, r.evidence().text());
                assertTrue(r.evidence().span().start() <= m.span().start() && m.span().end() <= r.evidence().span().end()
                        || r.section() == SectionKind.QUOTE, () -> m + " outside " + r.evidence());
            }
        }
    }

    @Test
    void secondSentence_evidenceIsThatSentenceOnly() {
        Report r = reports().stream().filter(x -> x.evidence().text().startsWith("ISIS mortar")).findFirst()
                .orElseThrow();
        assertEquals("ISIS mortar fire killed three soldiers in Deir ez-Zor on Monday.", r.evidence().text());
    }

    @Test
    void everyTypedEvent_hasPloverEventModeAndCameoRoot() {
        Map<SubEventType, String> cameo = Map.of(SubEventType.SHELLING_ARTILLERY_MISSILE, "19",
                SubEventType.AIR_DRONE_STRIKE, "19", SubEventType.REMOTE_EXPLOSIVE, "18");
        List<Report> events = reports().stream().filter(r -> r.kind() == ReportKind.EVENT && r.subEventType() != null)
                .toList();
        assertTrue(events.size() >= 4, events::toString);
        for (Report r : events) {
            assertNotNull(r.ploverEvent(), r::toString);
            assertNotNull(r.cameoRoot(), r::toString);
            assertTrue(r.cameoRoot().matches("\\d\\d"), r.cameoRoot());
            if (cameo.containsKey(r.subEventType())) {
                assertEquals(cameo.get(r.subEventType()), r.cameoRoot(), r.evidence().text());
                assertEquals("ASSAULT", r.ploverEvent());
                assertNotNull(r.ploverMode(), r.evidence().text());
            }
        }
    }
}
