package org.sitrep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.Attribution.Role;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.SectionKind;

/**
 * Issue #3 "Who says so": the four chain shapes the issue names, innermost speaker first and the document's own
 * outlet last, plus the reporting words it lists, on sentences we wrote.
 */
class AttributionChainShapesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 6, 20);

    private static Report only(String body) {
        return AcceptanceDocs.onlyEvent(PUBLISHED, body);
    }

    private static Report only(List<Report> ev) {
        assertEquals(1, ev.size(), () -> "expected one event report, got " + ev);
        return ev.get(0);
    }

    private static List<String> names(Report r) {
        return r.attribution().stream().map(Attribution::name).toList();
    }

    private static List<Role> roles(Report r) {
        return r.attribution().stream().map(Attribution::role).toList();
    }

    @Test
    void speakerTitleOrganisationToldOutlet_fourLinksInnermostFirst() {
        Report r = only(("Hassan Darwish, director of the monitoring group, told AFP that airstrikes "
                + "killed six people in Idlib."));
        assertEquals(List.of("Hassan Darwish", "monitoring group", "AFP", AcceptanceDocs.OUTLET), names(r));
        assertEquals(List.of(Role.SPEAKER, Role.ORGANISATION, Role.OUTLET, Role.DOCUMENT_OUTLET), roles(r));
        assertEquals(Modality.REPORTED, r.modality());
        Attribution speaker = r.attribution().get(0);
        assertEquals("Hassan Darwish", r.evidence().text().substring(
                speaker.mention().span().start() - r.evidence().span().start(),
                speaker.mention().span().end() - r.evidence().span().start()));
    }

    @Test
    void accordingToDescribedNewspaper_outletWithoutItsDescriptor() {
        Report r = only(("Helicopters dropped barrel bombs on Hama, according to pro-regime newspaper "
                + "al-Watan."));
        assertEquals(List.of("al-Watan", AcceptanceDocs.OUTLET), names(r));
        assertEquals(Role.OUTLET, r.attribution().get(0).role());
        assertEquals(Modality.REPORTED, r.modality());
    }

    @Test
    void outletReportedThenQuotedParagraph_quoteAttributedToOutlet() {
        Report r = only(AcceptanceDocs.events(AcceptanceDocs.process(AcceptanceDocs.doc(PUBLISHED,
                SectionKind.BODY, "Al-Masdar news reported:",
                SectionKind.QUOTE, "Rebel fighters shelled army positions near Homs, killing two soldiers."))));
        assertEquals(SectionKind.QUOTE, r.section());
        assertEquals(List.of("Al-Masdar news", AcceptanceDocs.OUTLET), names(r));
        assertEquals(Modality.REPORTED, r.modality());
        assertEquals(2, r.fatalities().value());
    }

    @Test
    void anonymousSourceToldOutlet_sourceThenOutlet() {
        Report r = only(("A Syrian security forces source told Sputnik that rebels shelled a checkpoint "
                + "near Hama."));
        assertEquals(List.of("Syrian security forces source", "Sputnik", AcceptanceDocs.OUTLET), names(r));
        assertEquals(List.of(Role.SPEAKER, Role.OUTLET, Role.DOCUMENT_OUTLET), roles(r));
    }

    @Test
    void lessCommonReportingVerbs_speakerAttributed() {
        Report i = only("The commander insisted that his men shelled only army positions near Hama.");
        assertEquals(List.of("commander", AcceptanceDocs.OUTLET), names(i));
        assertEquals(Modality.REPORTED, i.modality());
        Report a = only("The ministry acknowledged that its jets bombed a market in Idlib.");
        assertEquals(List.of("ministry", AcceptanceDocs.OUTLET), names(a));
    }

    @Test
    void claimedAccusedDenied_speakerInChainWithMatchingModality() {
        Report c = only(("The rebels claimed they shot down a government helicopter near Hama."));
        assertEquals(Modality.CLAIMED, c.modality());
        assertTrue(names(c).contains("rebels"), names(c)::toString);
        Report a = only(("The ministry accused Turkish jets of bombing Kobani."));
        assertEquals(Modality.ALLEGED, a.modality());
        assertTrue(names(a).contains("ministry"), names(a)::toString);
        Report d = only(("The ministry denied that its jets bombed a hospital in Idlib."));
        assertEquals(Modality.DENIED, d.modality());
        assertTrue(names(d).contains("ministry"), names(d)::toString);
    }

    @Test
    void unattributedSentence_chainIsOnlyTheDocumentOutlet() {
        Report r = only(("Russian jets bombed a bakery in Idlib."));
        assertEquals(List.of(AcceptanceDocs.OUTLET), names(r));
        assertEquals(Role.DOCUMENT_OUTLET, r.attribution().get(0).role());
    }

    @Test
    void speakerAfterTheClause_isTheSpeakerNotTheClausesTail() {
        // acceptance gap G8: the words before ", the minister said" are the claim, not its source
        Report r = only("The army shelled a clinic in Maarat al-Numan, the health minister said.");
        assertEquals(List.of("health minister", AcceptanceDocs.OUTLET), names(r));
        assertEquals(Role.SPEAKER, r.attribution().get(0).role());
        Report commander = only("Jets bombed a school in Saraqib, a rebel commander said.");
        assertEquals(Role.SPEAKER, commander.attribution().get(0).role());
        assertTrue(commander.attribution().get(0).name().contains("commander"), commander.attribution().toString());
    }
}
