package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;

/**
 * Issue #3 negatives: opinion, analysis, prediction, hypothesis, negation and rhetoric yield no asserted event
 * report; comments, boilerplate and titles yield no report at all. Sentences we wrote.
 */
class NonEventSentencesTest {
    private static boolean assertsAnEvent(List<Report> rs) {
        return rs.stream().anyMatch(r -> r.kind() == ReportKind.EVENT && r.modality().assertsOccurrence());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The war has been a catastrophe for the people of Idlib.",
        "The siege of Aleppo shows that the regime cannot win without Russian air power.",
        "Observers predict that fighting around Raqqa will intensify in the spring.",
        "The army will attack Palmyra next week.",
        "Should the talks collapse, the army could storm Idlib.",
        "If IS manages to cut the road, the rebels will attack Aleppo.",
        "Russian jets did not bomb the bakery in Idlib.",
        "The army has never shelled a hospital, the minister insisted.",
        "Nobody believes the rebels could hold the hills for long.",
    })
    void sentenceReportingNoEvent_noAssertedEventReport(String sentence) {
        List<Report> rs = Fixtures.body(sentence);
        assertFalse(assertsAnEvent(rs), () -> sentence + " -> " + rs);
    }

    @Test
    void eventSentenceAmongNonEvents_onlyItIsAsserted() {
        List<Report> rs = Fixtures.body("Observers predict that fighting around Raqqa will intensify in the spring. "
                + "Tiger Forces shelled rebel positions near Hama on Monday. "
                + "The army will attack Palmyra next week.");
        List<Report> asserted = rs.stream().filter(r -> r.kind() == ReportKind.EVENT
                && r.modality().assertsOccurrence()).toList();
        assertEquals(1, asserted.size(), rs::toString);
        assertTrue(asserted.get(0).evidence().text().startsWith("Tiger Forces shelled"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMENT", "BOILERPLATE", "TITLE"})
    void nonBodySection_noReportsAtAll(String kind) {
        List<Report> rs = Fixtures.stage().extract(Fixtures.doc(SectionKind.valueOf(kind),
                "Tiger Forces shelled rebel positions near Hama, killing 6 fighters and wounding 4 others."));
        assertTrue(rs.isEmpty(), () -> kind + " -> " + rs);
    }

    @Test
    void commentAfterBody_onlyTheBodyEventReported() {
        List<Report> rs = Fixtures.stage().extract(Fixtures.doc(
                SectionKind.BODY, "Tiger Forces shelled rebel positions near Hama on Monday.",
                SectionKind.COMMENT, "ISIS attacked Raqqa yesterday and killed 5, I saw it myself.",
                SectionKind.BOILERPLATE, "Related: Nusra fighters storm Idlib checkpoint"));
        assertEquals(1, rs.size(), rs::toString);
        assertEquals(SectionKind.BODY, rs.get(0).section());
    }
}
