package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Modality;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

/**
 * Issue #3 "Certainty": every certainty cue the issue lists, and every modality value with its FactBank value,
 * on sentences we wrote. Each sentence holds exactly one event trigger.
 */
class ModalityCuesTest {
    private static Report only(String sentence) {
        List<Report> ev = Fixtures.body(sentence).stream().filter(r -> r.kind() == ReportKind.EVENT).toList();
        assertEquals(1, ev.size(), () -> "expected one event report from: " + sentence + " got " + ev);
        return ev.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Russian jets bombed a bakery in Idlib.|ASSERTED|CT+",
        "Russian jets reportedly bombed a bakery in Idlib.|REPORTED|PR+",
        "Russian jets allegedly bombed a bakery in Idlib.|ALLEGED|PS+",
        "Russian jets bombed a bakery in Idlib, a claim that cannot be independently verified.|UNVERIFIED|Uu",
        "Officials suspect that Russian jets bombed the bakery in Idlib.|SPECULATIVE|PS+",
        "It is difficult to believe that the three bombings in Azaz on one day were coincidences.|SPECULATIVE|PS+",
        "Russian jets may have bombed the bakery in Idlib.|SPECULATIVE|PS+",
        "If IS manages to cut the road, the rebels will attack Aleppo.|HYPOTHETICAL|Uu",
        "Commanders expect the army to attack Palmyra next week.|PREDICTED|Uu",
        "The army will attack Palmyra next week.|PREDICTED|Uu",
        "Russian jets did not bomb the bakery in Idlib.|NEGATED|CT-",
        "The ministry denied that its jets bombed a hospital in Idlib.|DENIED|CT-",
        "The rebels claimed they shot down a government helicopter near Hama.|CLAIMED|PS+",
        "The ministry accused Turkish jets of bombing Kobani.|ALLEGED|PS+",
    })
    void cue_setsModalityAndFactBankValue(String sentence, Modality modality, String factBank) {
        Report r = only(sentence);
        assertEquals(modality, r.modality(), sentence);
        assertEquals(factBank, r.modality().factBank(), sentence);
    }

    @Test
    void modalityValues_everyValueReachableFromTextAndFactBankFromTheFiveValues() {
        Set<Modality> seen = EnumSet.noneOf(Modality.class);
        for (String s : List.of("Russian jets bombed a bakery in Idlib.",
                "Russian jets reportedly bombed a bakery in Idlib.",
                "The rebels claimed they shot down a government helicopter near Hama.",
                "Russian jets allegedly bombed a bakery in Idlib.",
                "Russian jets bombed a bakery in Idlib, a claim that cannot be independently verified.",
                "The ministry denied that its jets bombed a hospital in Idlib.",
                "Russian jets may have bombed the bakery in Idlib.",
                "The army will attack Palmyra next week.",
                "If IS manages to cut the road, the rebels will attack Aleppo.",
                "Russian jets did not bomb the bakery in Idlib.")) {
            seen.add(only(s).modality());
        }
        assertEquals(EnumSet.allOf(Modality.class), seen);
        for (Modality m : Modality.values()) {
            assertTrue(Set.of("CT+", "CT-", "PR+", "PS+", "Uu").contains(m.factBank()), m::toString);
        }
    }

    @Test
    void lowCommitment_neverAssertsOccurrence() {
        for (Modality m : List.of(Modality.SPECULATIVE, Modality.PREDICTED, Modality.HYPOTHETICAL,
                Modality.NEGATED, Modality.DENIED)) {
            assertFalse(m.assertsOccurrence(), m::toString);
        }
    }

    @Test
    void mayAfterTheEventVerb_doesNotWeakenTheEvent() {
        Report r = only("Russian jets bombed a bakery in Idlib that may have stored ammunition.");
        assertEquals(Modality.ASSERTED, r.modality());
    }
}
