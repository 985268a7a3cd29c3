package org.sitrep.link.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.link.assess.Fixtures.doc;
import static org.sitrep.link.assess.Fixtures.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.Attribution.Role;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Contradiction.Kind;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

class ContradictionFinderTest {
    static final EventAssessor A = EventAssessor.standard();
    static final Map<String, DocumentFacts> DOCS = Map.of(
            "d1", doc("d1", "Reuters", "2019-03-02"), "d2", doc("d2", "SANA", "2019-03-02"),
            "d3", doc("d3", "Syrian Observatory for Human Rights", "2019-03-01"),
            "d4", doc("d4", "AFP", "2019-03-03"), "d5", doc("d5", "TASS", "2019-03-03"));

    static List<Contradiction> of(Kind kind, Report... reports) {
        return A.contradictions(List.of(reports), DOCS).stream().filter(c -> c.kind() == kind).toList();
    }

    static Report battle(String id, String doc, String outlet, String text, Modality m) {
        return report(id, doc).type(SubEventType.ARMED_CLASH).text(text).modality(m).by(outlet, Role.DOCUMENT_OUTLET)
                .build();
    }

    @Test
    void find_capturedVsRepelled_outcome() {
        List<Contradiction> c = of(Kind.OUTCOME,
                battle("a", "d1", "Reuters", "Rebels captured the hill village after a night of fighting.",
                        Modality.REPORTED),
                battle("b", "d2", "SANA", "Army units repelled the attack on the hill village.", Modality.ASSERTED));
        assertEquals(1, c.size());
        assertEquals(List.of("a"), c.get(0).sides().get(0).reportIds());
        assertEquals(List.of("Syrian Arab News Agency"), c.get(0).sides().get(1).sources());
    }

    @Test
    void find_deniedCaptureWithRepelled_negationCountsAsHeld() {
        List<Contradiction> c = of(Kind.OUTCOME,
                battle("a", "d1", "Reuters", "Fighters said they broke the siege of the town.", Modality.CLAIMED),
                battle("b", "d2", "SANA", "A source denied that militants broke the siege of the town.",
                        Modality.DENIED));
        assertEquals(1, c.size());
    }

    @Test
    void find_sameOutcome_none() {
        assertTrue(of(Kind.OUTCOME,
                battle("a", "d1", "Reuters", "Rebels seized the crossroads.", Modality.REPORTED),
                battle("b", "d4", "AFP", "The crossroads was captured by rebels.", Modality.REPORTED)).isEmpty());
    }

    @Test
    void find_reportWithBothPositions_takesNone() {
        assertTrue(of(Kind.OUTCOME,
                battle("a", "d1", "Reuters", "Rebels said they took control of the town, but the army said it "
                        + "repelled them.", Modality.REPORTED),
                battle("b", "d2", "SANA", "Army units repelled the attack.", Modality.ASSERTED)).isEmpty());
    }

    @Test
    void find_roadCutVsReopened_outcome() {
        List<Contradiction> c = of(Kind.OUTCOME,
                battle("a", "d1", "Reuters", "Militants cut the desert road south of the city.", Modality.REPORTED),
                battle("b", "d2", "SANA", "Engineers reopened the desert road to traffic.", Modality.ASSERTED));
        assertEquals(1, c.size());
        assertTrue(c.get(0).summary().contains("road"));
    }

    @Test
    void find_interceptedVsNoneIntercepted_outcome() {
        List<Contradiction> c = of(Kind.OUTCOME,
                report("a", "d2").text("Air defences intercepted most of the incoming missiles.")
                        .by("SANA", Role.DOCUMENT_OUTLET).build(),
                report("b", "d1").text("Officials said no missile was intercepted over the base.")
                        .modality(Modality.REPORTED).by("Reuters", Role.DOCUMENT_OUTLET).build());
        assertEquals(1, c.size());
    }

    @Test
    void find_tollsFarApart_number() {
        List<Contradiction> c = of(Kind.NUMBER,
                report("a", "d3").killed(40, "40").by("SOHR", Role.DOCUMENT_OUTLET).build(),
                report("b", "d2").killed(90, "90").by("SANA", Role.DOCUMENT_OUTLET).build());
        assertEquals(1, c.size());
        assertEquals("40 killed", c.get(0).sides().get(0).position());
    }

    @Test
    void find_tollsWithinTolerance_none() {
        assertTrue(of(Kind.NUMBER,
                report("a", "d3").killed(90, "90").by("SOHR", Role.DOCUMENT_OUTLET).build(),
                report("b", "d2").killed(110, "110").by("SANA", Role.DOCUMENT_OUTLET).build()).isEmpty());
        assertTrue(of(Kind.NUMBER,
                report("a", "d3").killed(2, "2").by("SOHR", Role.DOCUMENT_OUTLET).build(),
                report("b", "d2").killed(5, "5").by("SANA", Role.DOCUMENT_OUTLET).build()).isEmpty(),
                "a gap under 5 is no dispute");
    }

    @Test
    void find_vagueAmount_rangeNotPoint() {
        assertTrue(of(Kind.NUMBER,
                report("a", "d4").killed(12, "dozens").by("activists", Role.ORGANISATION)
                        .by("AFP", Role.DOCUMENT_OUTLET).build(),
                report("b", "d3").killed(56, "56").by("SOHR", Role.DOCUMENT_OUTLET).build()).isEmpty());
    }

    @Test
    void find_risingTollFromSameSource_update() {
        // the Observatory's own bulletin, then an agency quoting its higher figure: one source updating
        assertTrue(of(Kind.NUMBER,
                report("a", "d3").killed(30, "30").by("Syrian Observatory for Human Rights", Role.DOCUMENT_OUTLET)
                        .build(),
                report("b", "d1").killed(70, "70").modality(Modality.REPORTED)
                        .by("SOHR", Role.ORGANISATION)
                        .by("Reuters", Role.DOCUMENT_OUTLET).build()).isEmpty());
    }

    @Test
    void find_disjointPerpetrators_responsibility() {
        List<Contradiction> c = of(Kind.RESPONSIBILITY,
                report("a", "d1").actor1("Russian forces").actor2("civilians").modality(Modality.ALLEGED)
                        .by("Reuters", Role.DOCUMENT_OUTLET).build(),
                report("b", "d5").actor1("Islamic State").actor2("civilians").modality(Modality.CLAIMED)
                        .by("TASS", Role.DOCUMENT_OUTLET).build());
        assertEquals(1, c.size());
    }

    @Test
    void find_sameParty_noResponsibilityDispute() {
        assertTrue(of(Kind.RESPONSIBILITY,
                report("a", "d1").actor1("United States").by("Reuters", Role.DOCUMENT_OUTLET).build(),
                report("b", "d2").actor1("US-led coalition").by("SANA", Role.DOCUMENT_OUTLET).build()).isEmpty());
    }

    @Test
    void find_unspecifiedGroupVsStateForce_responsibilityOnlyAgainstState() {
        Report unspecified = report("a", "d2").actor1("unidentified armed group").by("SANA", Role.DOCUMENT_OUTLET)
                .build();
        assertEquals(1, of(Kind.RESPONSIBILITY, unspecified,
                report("b", "d1").actor1("Syrian government forces").by("Reuters", Role.DOCUMENT_OUTLET).build())
                .size());
        assertTrue(of(Kind.RESPONSIBILITY, unspecified,
                report("c", "d1").actor1("Liwa al-Islam").by("Reuters", Role.DOCUMENT_OUTLET).build()).isEmpty());
    }

    @Test
    void find_battleSides_noResponsibilityDispute() {
        assertTrue(of(Kind.RESPONSIBILITY,
                report("a", "d1").type(SubEventType.ARMED_CLASH).actor1("Islamic State")
                        .by("Reuters", Role.DOCUMENT_OUTLET).build(),
                report("b", "d2").type(SubEventType.ARMED_CLASH).actor1("Syrian government forces")
                        .by("SANA", Role.DOCUMENT_OUTLET).build()).isEmpty());
    }

    @Test
    void find_denialVsReport_denial() {
        List<Contradiction> c = of(Kind.DENIAL,
                report("a", "d3").actor1("Russian forces").by("SOHR", Role.DOCUMENT_OUTLET).build(),
                report("b", "d5").actor1("Russian forces").modality(Modality.DENIED)
                        .by("Russian Defence Ministry", Role.ORGANISATION).by("TASS", Role.DOCUMENT_OUTLET).build(),
                report("c", "d1").actor1("Syrian government forces").modality(Modality.REPORTED)
                        .by("Reuters", Role.DOCUMENT_OUTLET).build());
        assertEquals(1, c.size());
        assertEquals(List.of("b"), c.get(0).sides().get(0).reportIds());
        assertEquals(List.of("a"), c.get(0).sides().get(1).reportIds(),
                "blaming another perpetrator does not contradict the denial");
        assertEquals(List.of("Ministry of Defence of the Russian Federation"), c.get(0).sides().get(0).sources());
    }
}
