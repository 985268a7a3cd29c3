package org.sitrep.link.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.link.assess.Fixtures.doc;
import static org.sitrep.link.assess.Fixtures.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.Attribution;
import org.sitrep.model.Attribution.Role;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Sources counted as sources (issue #13): a described source is the one the document names or unknown, never a
 * source of its own; the same evidence counts once; sources of one side do not confirm each other. Fixtures of our
 * own words.
 */
class SourceCountingTest {
    private static final EventAssessor A = EventAssessor.standard();
    private static final Map<String, DocumentFacts> DOCS = Map.of(
            "wire", new DocumentFacts("wire", null, LocalDate.parse("2019-05-02"), null, null),
            "copy", new DocumentFacts("copy", "Yahoo News", LocalDate.parse("2019-05-03"), null, "wire"),
            "two", new DocumentFacts("two", null, LocalDate.parse("2019-05-02"), null, null),
            "sana", doc("sana", "SANA", "2019-05-02"),
            "watan", doc("watan", "Al-Watan", "2019-05-02"),
            "enab", doc("enab", "Enab Baladi", "2019-05-02"));

    private static Event assess(List<Report> reports) {
        Event e = new Event("e1", SubEventType.AIR_DRONE_STRIKE, List.of(), List.of(), List.of(), List.of(), null,
                null, null, reports.stream().map(Report::id).toList(), List.of(), List.of());
        return A.assess(e, reports, DOCS);
    }

    /** One wire story citing the monitor by name, then as "the British-based monitor", then as "the monitor". */
    private static List<Report> wireStory() {
        return List.of(
                report("a", "wire").modality(Modality.REPORTED).text("Jets struck a market in Saraqib, SOHR said.")
                        .by("SOHR", Role.ORGANISATION).build(),
                report("b", "wire").modality(Modality.REPORTED).text("Six people died there, the British-based "
                        + "monitor said.").by("British-based monitor", Role.ORGANISATION).build(),
                report("c", "wire").modality(Modality.REPORTED).text("The raid came at dawn, the monitor said.")
                        .by("monitor", Role.ORGANISATION).build());
    }

    @Test
    void describedMonitor_resolvesToTheMonitorTheStoryNames_oneSource() {
        List<Report> resolved = A.resolveSources(wireStory());
        assertEquals("SOHR", resolved.get(0).attribution().get(0).name(), "a name stays as written");
        for (Report r : resolved.subList(1, 3)) {
            assertEquals("Syrian Observatory for Human Rights", r.attribution().get(0).name());
        }
        Event e = assess(resolved);
        assertEquals(List.of("Syrian Observatory for Human Rights"), e.tally().independentSources());
        assertNotEquals(1, e.grade().credibility(), "one monitor is no confirmation: " + e.grade().reasons());
    }

    @Test
    void describedMonitor_unresolved_neverASourceOfItsOwn() {
        Event e = assess(wireStory());
        assertEquals(List.of("Syrian Observatory for Human Rights", "unknown outlet of wire"),
                e.tally().independentSources(), "'monitor' and 'British-based monitor' are no sources of their own");
        Report twoMonitors = report("d", "two").by("SNHR", Role.ORGANISATION).build();
        Report which = report("e", "two").text("Jets hit Ariha, the monitor said.").by("the monitor",
                Role.ORGANISATION).build();
        List<Report> resolved = A.resolveSources(List.of(twoMonitors, report("f", "two").by("SOHR",
                Role.ORGANISATION).build(), which));
        assertEquals("the monitor", resolved.get(2).attribution().get(0).name(), "two monitors named: unknown");
    }

    @Test
    void description_ofAnotherSide_neverTakesTheOnlyNamedSource() {
        Report mod = report("a", "two").by("Russian Defence Ministry", Role.ORGANISATION).build();
        Report coalition = report("b", "two").text("Jets hit a ferry, the US-led coalition said.")
                .by("US-led coalition", Role.ORGANISATION).build();
        Report syrian = report("c", "two").text("Shells hit Harasta, the Syrian ministry said.")
                .by("Syrian ministry", Role.ORGANISATION).build();
        Report ministry = report("d", "two").text("Shells hit Harasta, the ministry said.")
                .by("the ministry", Role.ORGANISATION).build();
        List<Report> resolved = A.resolveSources(List.of(mod, coalition, syrian, ministry));
        assertEquals("US-led coalition", resolved.get(1).attribution().get(0).name());
        assertEquals("Syrian ministry", resolved.get(2).attribution().get(0).name());
        assertEquals("Ministry of Defence of the Russian Federation", resolved.get(3).attribution().get(0).name());
    }

    @Test
    void sameEvidence_sameSpanOrACopysSentence_countedOnce() {
        Report once = report("a", "sana").text("Army units repelled an attack near Morek.")
                .by("SANA", Role.DOCUMENT_OUTLET).build();
        Report sameSpan = report("b", "sana").text("Army units repelled an attack near Morek.")
                .by("SANA", Role.DOCUMENT_OUTLET).build();
        Event e = assess(List.of(once, sameSpan));
        assertEquals(1, e.tally().documents());
        Report wire = report("c", "wire").text("Jets struck Saraqib at dawn.").build();
        Report copied = report("d", "copy").text("Jets  struck SARAQIB at dawn").build();
        Event syndicated = assess(List.of(wire, copied));
        assertEquals(1, syndicated.tally().documents(), "a copy's identical sentence is the same evidence");
        assertEquals(1, syndicated.tally().independent());
    }

    @Test
    void stateOutletAndProGovernmentOutlet_oneSide_notConfirmed() {
        Report state = report("a", "sana").text("Army units repelled an attack near Morek.")
                .by("SANA", Role.DOCUMENT_OUTLET).build();
        Report aligned = report("b", "watan").text("The army beat back an assault on Morek.")
                .by("Al-Watan", Role.DOCUMENT_OUTLET).build();
        Event e = assess(List.of(state, aligned));
        assertEquals(2, e.tally().independent(), "two outlets, counted as two");
        assertNotEquals(1, e.grade().credibility(), e.grade().reasons().toString());
        assertTrue(e.grade().reasons().stream().anyMatch(r -> r.contains("one side")), e.grade().reasons().toString());

        Report independent = report("c", "enab").text("Fighting went on around Morek overnight.")
                .by("Enab Baladi", Role.DOCUMENT_OUTLET).build();
        assertEquals(1, assess(List.of(state, independent)).grade().credibility(), "two sides confirm");
    }

    @Test
    void descriptors_shape() {
        SourceDescriptors d = SourceDescriptors.bundled();
        assertTrue(d.head("a British-based monitor").isPresent());
        assertTrue(d.head("Syrian state media").isPresent());
        assertTrue(d.head("the Observatory").isPresent());
        assertTrue(d.head("Qamishli Press Agency").isEmpty(), "a capitalised name is a name");
        assertTrue(d.head("Syrian Observatory for Human Rights").isEmpty());
        SourceCoreference c = new SourceCoreference(SourceRegistry.bundled(), d);
        assertTrue(!c.isDescription("Syrian Observatory"), "a registered alias names its source");
        List<Attribution> kept = c.resolve(List.of(report("x", "two").by("Qamishli Press Agency",
                Role.OUTLET).build())).get(0).attribution();
        assertEquals("Qamishli Press Agency", kept.get(0).name());
    }
}
