package org.sitrep.link.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.link.assess.Fixtures.doc;
import static org.sitrep.link.assess.Fixtures.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.AirwarsGrade;
import org.sitrep.model.Attribution.Role;
import org.sitrep.model.Event;
import org.sitrep.model.Grade;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SourceTally;
import org.sitrep.model.SubEventType;

class EventAssessorTest {
    static final EventAssessor A = EventAssessor.standard();
    static final Map<String, DocumentFacts> DOCS = Map.of(
            "reuters", doc("reuters", "Reuters", "2019-05-02"),
            "portal", new DocumentFacts("portal", "Yahoo News", LocalDate.parse("2019-05-02"), null, "reuters"),
            "press", doc("press", "Press TV", "2019-05-02"),
            "sana", doc("sana", "SANA", "2019-05-02"),
            "sohr", doc("sohr", "Syrian Observatory for Human Rights", "2019-05-01"),
            "afp", doc("afp", "AFP", "2019-05-02"),
            "tass", doc("tass", "TASS", "2019-05-03"),
            "centcom", doc("centcom", "US Central Command", "2019-05-04"),
            "blog", doc("blog", "Moon of Alabama", "2019-05-04"));

    static Event event(List<Report> reports, SubEventType type) {
        return new Event("e1", type, List.of(), List.of(), List.of(), List.of(), null, null, null,
                reports.stream().map(Report::id).toList(), List.of(), List.of());
    }

    static Event assess(EventAssessor a, SubEventType type, Report... reports) {
        return a.assess(event(List.of(reports), type), List.of(reports), DOCS);
    }

    static Report sohr(String id) {
        return report(id, "sohr").actor1("Russian forces").actor2("civilians")
                .by("Syrian Observatory for Human Rights", Role.DOCUMENT_OUTLET).build();
    }

    // --- independent sources

    @Test
    void tally_repostAndRelay_countedOnce() {
        Report wire = report("a", "reuters").modality(Modality.REPORTED).by("activists", Role.ORGANISATION)
                .by("Reuters", Role.DOCUMENT_OUTLET).build();
        Report repost = report("b", "portal").modality(Modality.REPORTED).by("Yahoo News", Role.DOCUMENT_OUTLET)
                .build();
        Report relay = report("c", "press").modality(Modality.REPORTED).by("SANA", Role.OUTLET)
                .by("Press TV", Role.DOCUMENT_OUTLET).build();
        Report state = report("d", "sana").by("SANA", Role.DOCUMENT_OUTLET).build();
        SourceTally t = A.tally(List.of(wire, repost, relay, state), DOCS);
        assertEquals(4, t.documents());
        assertEquals(List.of("Reuters", "Yahoo News", "Press TV", "Syrian Arab News Agency"), t.outlets());
        // unnamed "activists" only describe a source: the wire's report rests on Reuters, the repost copies it
        assertEquals(List.of("Reuters", "Syrian Arab News Agency"), t.independentSources());
        assertTrue(t.notes().contains("Yahoo News republished Reuters (document portal): counted once"), t.notes()
                .toString());
        assertTrue(t.notes().contains("Press TV relayed Syrian Arab News Agency: not an independent source"));
    }

    @Test
    void tally_monitorQuotedByAgencyAndOwnBulletin_oneSource() {
        Report quoted = report("a", "afp").modality(Modality.REPORTED).by("a spokesman", Role.SPEAKER)
                .by("SOHR", Role.ORGANISATION).by("AFP", Role.DOCUMENT_OUTLET).build();
        SourceTally t = A.tally(List.of(sohr("b"), quoted), DOCS);
        assertEquals(List.of("Syrian Observatory for Human Rights"), t.independentSources());
        assertEquals(List.of("a spokesman (SOHR)"), t.speakers());
        assertTrue(t.notes().stream().anyMatch(n -> n.contains("2 documents")), t.notes().toString());
    }

    @Test
    void origin_unknownOutletOfDocument_stillItsOwn() {
        Report r = report("a", "nowhere").build();
        assertEquals("unknown outlet of nowhere", A.origin(r, Map.of()).source());
    }

    // --- credibility

    @Test
    void grade_twoIndependentFirmSources_confirmed1() {
        Event e = assess(A, SubEventType.AIR_DRONE_STRIKE, sohr("a"),
                report("b", "afp").actor1("Russian forces").by("AFP", Role.DOCUMENT_OUTLET).build());
        assertEquals(1, e.grade().credibility());
        assertTrue(e.contradictions().isEmpty());
    }

    @Test
    void grade_wireAndItsRepost_notConfirmed() {
        Report wire = report("a", "reuters").by("Reuters", Role.DOCUMENT_OUTLET).build();
        Report repost = report("b", "portal").by("Yahoo News", Role.DOCUMENT_OUTLET).build();
        Event e = assess(A, SubEventType.ARMED_CLASH, wire, repost);
        assertEquals(2, e.grade().credibility(), e.grade().reasons().toString());
        assertEquals(1, e.tally().independent());
    }

    @Test
    void grade_singleSourceReported_3_orHedgedOnly_4() {
        Report relay = report("a", "press").modality(Modality.REPORTED).by("SANA", Role.OUTLET)
                .by("Press TV", Role.DOCUMENT_OUTLET).build();
        assertEquals(3, assess(A, SubEventType.ARMED_CLASH, relay).grade().credibility());
        Report hedged = report("b", "blog").modality(Modality.UNVERIFIED).by("Moon of Alabama",
                Role.DOCUMENT_OUTLET).build();
        Report hedged2 = report("c", "afp").modality(Modality.ALLEGED).by("AFP", Role.DOCUMENT_OUTLET).build();
        assertEquals(4, assess(A, SubEventType.ARMED_CLASH, hedged, hedged2).grade().credibility());
    }

    @Test
    void grade_singleHedgedAndDenied_improbable5() {
        Report alleged = report("a", "blog").actor1("Russian forces").modality(Modality.ALLEGED)
                .by("Moon of Alabama", Role.DOCUMENT_OUTLET).build();
        Report denial = report("b", "tass").actor1("Russian forces").modality(Modality.DENIED)
                .by("TASS", Role.DOCUMENT_OUTLET).build();
        Grade g = assess(A, SubEventType.ARMED_CLASH, alleged, denial).grade();
        assertEquals(5, g.credibility());
        assertTrue(g.reasons().stream().anyMatch(r -> r.contains("denied by TASS")), g.reasons().toString());
    }

    @Test
    void grade_corroboratedButTollsDiffer_2_responsibilityDisputed_3() {
        Report a = sohr("a");
        Report b = report("b", "afp").actor1("Russian forces").actor2("civilians").killed(40, "40")
                .by("AFP", Role.DOCUMENT_OUTLET).build();
        Report c = report("c", "sana").actor1("Russian forces").actor2("civilians").killed(9, "nine")
                .by("SANA", Role.DOCUMENT_OUTLET).build();
        assertEquals(2, assess(A, SubEventType.AIR_DRONE_STRIKE, a, b, c).grade().credibility());
        Report d = report("d", "tass").actor1("Islamic State").actor2("civilians").modality(Modality.CLAIMED)
                .by("TASS", Role.DOCUMENT_OUTLET).build();
        assertEquals(3, assess(A, SubEventType.AIR_DRONE_STRIKE, a, b, d).grade().credibility());
    }

    @Test
    void grade_onlySpeculation_6() {
        Report s = report("a", "blog").modality(Modality.SPECULATIVE).by("Moon of Alabama", Role.DOCUMENT_OUTLET)
                .build();
        assertEquals("F6", assess(A, SubEventType.ARMED_CLASH, s).grade().code());
    }

    // --- reliability

    @Test
    void grade_noLettersConfigured_reliabilityF() {
        Grade g = assess(A, SubEventType.ARMED_CLASH, sohr("a")).grade();
        assertEquals('F', g.reliability());
        assertTrue(g.reasons().get(0).contains("cannot be judged"));
    }

    @Test
    void withReliability_bestLetterAmongOrigins(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("letters.tsv");
        Files.writeString(f, "# my letters\nSOHR\tC\nAgence France-Presse\tb\n");
        EventAssessor a = A.withReliability(f);
        Grade g = assess(a, SubEventType.AIR_DRONE_STRIKE, sohr("a"),
                report("b", "afp").actor1("Russian forces").by("AFP", Role.DOCUMENT_OUTLET).build()).grade();
        assertEquals('B', g.reliability());
        assertTrue(g.reasons().get(0).contains("Agence France-Presse"), g.reasons().get(0));
    }

    @Test
    void withReliability_badLetter_errorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("letters.tsv");
        Files.writeString(f, "SOHR\tC\nReuters\tG\n");
        AssessmentDataException e = assertThrows(AssessmentDataException.class, () -> A.withReliability(f));
        assertTrue(e.getMessage().contains("letters.tsv line 2"), e.getMessage());
    }

    // --- Airwars

    @Test
    void airwars_notCivilianHarm_none() {
        Report r = report("a", "sohr").type(SubEventType.ARMED_CLASH).actor1("Islamic State")
                .actor2("Syrian government forces").by("SOHR", Role.DOCUMENT_OUTLET).build();
        assertNull(assess(A, SubEventType.ARMED_CLASH, r).grade().airwars());
    }

    @Test
    void airwars_singleSource_weak_twoSources_fair() {
        assertEquals(AirwarsGrade.WEAK, assess(A, SubEventType.AIR_DRONE_STRIKE, sohr("a")).grade().airwars());
        assertEquals(AirwarsGrade.FAIR, assess(A, SubEventType.AIR_DRONE_STRIKE, sohr("a"),
                report("b", "afp").actor1("Russian forces").actor2("civilians").by("AFP", Role.DOCUMENT_OUTLET)
                        .build()).grade().airwars());
    }

    @Test
    void airwars_belligerentAccepts_confirmed() {
        Report admission = report("b", "centcom").actor1("US-led coalition").actor2("civilians").killed(4, "four")
                .by("US Central Command", Role.DOCUMENT_OUTLET).build();
        Report monitor = report("a", "sohr").actor1("US-led coalition").actor2("civilians")
                .by("SOHR", Role.DOCUMENT_OUTLET).build();
        Grade g = assess(A, SubEventType.AIR_DRONE_STRIKE, monitor, admission).grade();
        assertEquals(AirwarsGrade.CONFIRMED, g.airwars(), g.reasons().toString());
    }

    @Test
    void airwars_competingBlame_contested() {
        Report other = report("b", "tass").actor1("Islamic State").actor2("civilians").modality(Modality.CLAIMED)
                .by("TASS", Role.DOCUMENT_OUTLET).build();
        assertEquals(AirwarsGrade.CONTESTED, assess(A, SubEventType.AIR_DRONE_STRIKE, sohr("a"), other).grade()
                .airwars());
    }

    @Test
    void airwars_independentSaysCombatants_discounted_belligerentSaying_notDiscounted() {
        Report indep = report("b", "afp").text("Residents said those killed were fighters of a local brigade.")
                .actor1("Russian forces").by("AFP", Role.DOCUMENT_OUTLET).build();
        assertEquals(AirwarsGrade.DISCOUNTED, assess(A, SubEventType.AIR_DRONE_STRIKE, sohr("a"), indep).grade()
                .airwars());
        Report self = report("c", "tass").text("The ministry said the dead were militants, and no civilians were "
                + "harmed.").actor1("Russian forces").modality(Modality.CLAIMED)
                .by("Russian Defence Ministry", Role.ORGANISATION).by("TASS", Role.DOCUMENT_OUTLET).build();
        Grade g = assess(A, SubEventType.AIR_DRONE_STRIKE, sohr("a"), self).grade();
        assertEquals(AirwarsGrade.FAIR, g.airwars(), g.reasons().toString());
    }
}
