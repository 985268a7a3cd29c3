package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Attribution;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

/** The attribution chain as extraction reports it, on sentences of our own. */
class AttributionReaderTest {
    private static List<Attribution> chain(String sentence) {
        List<Report> rs = Fixtures.body(sentence).stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
        assertEquals(1, rs.size(), () -> "expected one event report from: " + sentence + " got " + rs);
        return rs.get(0).attribution();
    }

    private static List<String> names(String sentence) {
        return chain(sentence).stream().map(Attribution::name).toList();
    }

    @Test
    void read_relativeClauseApposition_speakerAndOrganisationNotVerbPhrase() {
        List<Attribution> c = chain("Layla Haddad, who heads the Idlib Relief Committee, said shelling hit Saraqib.");
        assertEquals(List.of("Layla Haddad", "Idlib Relief Committee"), c.stream().map(Attribution::name).toList());
        assertEquals(Attribution.Role.SPEAKER, c.get(0).role());
        assertEquals(Attribution.Role.ORGANISATION, c.get(1).role());
    }

    @Test
    void read_hyphenatedModifierInSpeaker_wholePhraseNotThePlaceInside() {
        // "held" also begins a trigger ("held banners"); as the half of "regime-held" it ends no phrase
        assertEquals(List.of("Residents of regime-held Aleppo"),
                names("Residents of regime-held Aleppo said rebel rockets hit the Hamdaniyah district on Tuesday."));
        assertEquals(List.of("Turkish-backed fighters"), names("Turkish-backed fighters said they shelled Tal Rifaat."));
    }

    @Test
    void read_relativeClauseWithoutLeadVerb_speakerOnly() {
        assertEquals(List.of("Omar Saleh"),
                names("Omar Saleh, who lives near the market, said shelling hit Saraqib."));
    }

    @Test
    void read_trailingTimeWords_trimmedFromName() {
        assertEquals(List.of("Turkish Foreign Ministry"),
                names("The Turkish Foreign Ministry on Tuesday said jets bombed Azaz."));
        assertEquals(List.of("local council"),
                names("The local council late on Friday said jets bombed Azaz."));
    }

    @Test
    void read_leadingDateAndWeekday_neverPartOfName() {
        assertEquals(List.of("Qamishli Press"),
                names("On Tuesday March 8 Qamishli Press reported that jets bombed Azaz."));
        assertEquals(List.of("SDF"), names("On Tuesday the SDF said that jets bombed Azaz."));
    }

    @Test
    void read_clauseBeforeReportingVerb_noSourceMadeOfVerbs() {
        for (Attribution a : chain("Jets bombed Azaz on Monday, and the council says it confirms who fired.")) {
            assertTrue(!a.name().startsWith("it ") && !a.name().equals("and"), a.name());
        }
        for (Attribution a : chain("Damage estimates are based on initial reports that jets bombed Azaz.")) {
            assertTrue(!a.name().contains(" are "), a.name());
        }
    }

    @Test
    void read_leadingDescriptor_keptOutOfName() {
        assertEquals(List.of("Syrian Network for Human Rights"),
                names("The London-based Syrian Network for Human Rights said jets bombed Azaz."));
        assertEquals(List.of("Al-Watan"), names("The pro-government Al-Watan reported that jets bombed Azaz."));
    }

    @Test
    void read_descriptorWithoutName_keptWhole() {
        assertEquals(List.of("Paris-based monitor"), names("A Paris-based monitor said jets bombed Azaz."));
    }

    @Test
    void read_toldOwnReporter_noExtraLink() {
        List<String> n = names("A field commander told our correspondent that jets bombed Azaz.");
        assertTrue(n.stream().noneMatch(s -> s.toLowerCase().contains("our")), n::toString);
        assertEquals(List.of("field commander"), n);
    }

    @Test
    void read_toldOutletOnDay_outletWithoutDay() {
        assertEquals(List.of("Aid workers", "Reuters"), names("Aid workers told Reuters on Monday that jets bombed Azaz."));
    }

    @Test
    void read_twoSourcesJoinedByAnd_twoLinks() {
        assertEquals(List.of("Aleppo Media Centre", "rebel news agency"), names("Jets bombed Azaz, "
                + "according to the Aleppo Media Centre and a rebel news agency."));
    }

    @Test
    void read_nameWithAndInside_oneLink() {
        assertEquals(List.of("Ministry of Defence and Security"),
                names("Jets bombed Azaz, according to the Ministry of Defence and Security."));
    }

    @Test
    void read_invertedSpeakerWithRelativeClause_speakerAndOrganisation() {
        List<Attribution> c = chain("Shelling hit Saraqib, said Karim Haddad, who heads the Saraqib Relief Council.");
        assertEquals(List.of("Karim Haddad", "Saraqib Relief Council"), c.stream().map(Attribution::name).toList());
        assertEquals(Attribution.Role.SPEAKER, c.get(0).role());
        assertEquals(Attribution.Role.ORGANISATION, c.get(1).role());
    }

    @Test
    void read_invertedSpeakerWithRoleApposition_speakerAndOrganisation() {
        assertEquals(List.of("Karim Haddad", "Saraqib Relief Council"),
                names("Shelling hit Saraqib, said Karim Haddad, director of the Saraqib Relief Council."));
    }

    @Test
    void read_invertedSourceWithDate_dateNotInName() {
        assertEquals(List.of("defence ministry"), names("Jets bombed Azaz, said the defence ministry on 12 March."));
    }

    @Test
    void read_sourceThenDayAndMonth_dateNotTheSource() {
        assertEquals(List.of("defence ministry"), names("The defence ministry on 12 March said jets bombed Azaz."));
        assertEquals(List.of("defence ministry"), names("Jets bombed Azaz, the defence ministry said on March 12."));
    }

    @Test
    void read_monthWordInsideName_kept() {
        assertEquals(List.of("Amira May"), names("Jets bombed Azaz, said Amira May."));
    }

    @Test
    void read_verbWithOutletObjectAfterComma_notInverted() {
        assertEquals(List.of("Karim Haddad", "Reuters"), names("Jets bombed Azaz, Karim Haddad told Reuters."));
    }

    @Test
    void read_saidThenClaim_noInvertedSource() {
        assertEquals(List.of("Officials"), names("Officials said that jets bombed Azaz."));
    }

    @Test
    void read_wroteOnSocialMedia_speakerNotActor() {
        assertEquals(List.of("police spokesman Adam Levi"),
                names("A man was shot dead by soldiers at the gate, police spokesman Adam Levi wrote on Twitter."));
    }
}
