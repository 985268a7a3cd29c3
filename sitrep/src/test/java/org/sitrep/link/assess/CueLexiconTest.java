package org.sitrep.link.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    static final CueLexicon CUES = CueLexicon.bundled();

    static CueLexicon.Axis axis(String name) {
        return CUES.axes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void bundled_data_everyAxisTwoPositionsAndOtherListsLoad() {
        assertTrue(CUES.axes().size() >= 4);
        CUES.axes().forEach(a -> assertEquals(2, a.positions().size(), a.name()));
        assertFalse(Belligerents.bundled().party(new org.sitrep.model.ActorRef("SDF", null, null,
                org.sitrep.model.Mention.of("SDF", 0, 3))).isEmpty());
        assertFalse(FatalityFigure.vague().isEmpty());
    }

    /**
     * The position found through the cues' first words equals trying every cue at every word (its definition), on
     * sentences built from the cues' own words, stems completed, with fillers, negations and clause breaks.
     */
    @Test
    void position_byFirstWords_sameAsEveryCueAtEveryWord() {
        java.util.Random random = new java.util.Random(5);
        List<String> words = new java.util.ArrayList<>(List.of("the", "not", "never", "but", ",", "town", "road",
                "army", "said", "failed", "to", "."));
        CUES.axes().forEach(a -> a.cues().values().forEach(l -> l.forEach(c -> {
            for (String w : c.text().split("\\s+")) {
                words.add(w.replace("*", "ed").replace("...", "and"));
            }
        })));
        int taken = 0;
        for (int n = 0; n < 3000; n++) {
            String sentence = randomSentence(random, words);
            CueText text = CueText.of(sentence);
            for (CueLexicon.Axis a : CUES.axes()) {
                String expected = everyCueAtEveryWord(a, text);
                assertEquals(expected, CUES.position(a, text), a.name() + ": " + sentence);
                assertEquals(expected, CUES.positions(text)[CUES.axes().indexOf(a)], a.name() + ": " + sentence);
                taken += expected == null ? 0 : 1;
            }
        }
        assertTrue(taken > 300, "too few sentences took a position: " + taken);
    }

    /**
     * The combatant cue found through the cues' first words is the first listed cue with a match that is not
     * negated (its definition), on sentences built from the cues' words with fillers, negations and clause breaks.
     */
    @Test
    void combatantCue_byFirstWords_sameAsFirstListedCueThatMatches() {
        List<CuePhrase> listed = CueLexicon.phrases(DataLines.bundled(CueLexicon.COMBATANTS, 1));
        List<String> words = new java.util.ArrayList<>(List.of("the", "not", "never", "but", ",", "men", "dead",
                "said", "civilians", "."));
        listed.forEach(c -> words.addAll(List.of(c.text().replace("...", "and").split("\\s+"))));
        java.util.Random random = new java.util.Random(7);
        int found = 0;
        for (int n = 0; n < 3000; n++) {
            String sentence = randomSentence(random, words);
            CueText text = CueText.of(sentence);
            String expected = null;
            for (CuePhrase cue : listed) {
                if (expected == null && cue.matches(text).stream().anyMatch(at -> !CUES.negated(text, at))) {
                    expected = cue.text();
                }
            }
            assertEquals(expected, CUES.combatantCue(sentence), sentence);
            found += expected == null ? 0 : 1;
        }
        assertTrue(found > 300, "too few sentences named combatants: " + found);
    }

    /** Three to sixteen words drawn from {@code words}. */
    private static String randomSentence(java.util.Random random, List<String> words) {
        StringBuilder sentence = new StringBuilder();
        for (int k = 3 + random.nextInt(14); k > 0; k--) {
            sentence.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        return sentence.toString();
    }

    private static String everyCueAtEveryWord(CueLexicon.Axis axis, CueText text) {
        boolean[] seen = new boolean[2];
        for (int p = 0; p < 2; p++) {
            for (CuePhrase cue : axis.cues().get(axis.positions().get(p))) {
                for (int at : cue.matches(text)) {
                    seen[CUES.negated(text, at) ? 1 - p : p] = true;
                }
            }
        }
        return seen[0] == seen[1] ? null : axis.positions().get(seen[0] ? 0 : 1);
    }

    @Test
    void position_gapWithinClause_matchesAcrossClause_not() {
        CueLexicon.Axis road = axis("road");
        assertEquals("road cut", CUES.position(road, CueText.of("Fighters cut the main supply road.")));
        assertNull(CUES.position(road, CueText.of("Fighters cut power, and the road stayed busy.")));
    }

    @Test
    void position_negatedCue_otherPosition() {
        CueLexicon.Axis control = axis("control");
        assertEquals(control.positions().get(1),
                CUES.position(control, CueText.of("The army said the rebels failed to capture the hill.")));
        assertEquals(control.positions().get(1),
                CUES.position(control, CueText.of("Officials insist the town wasn't captured.")));
    }

    @Test
    void combatantCue_found_negatedIgnored() {
        assertEquals("were fighters", CUES.combatantCue("Locals said the men killed were fighters."));
        assertNull(CUES.combatantCue("Locals said the dead were not fighters but farmers."));
    }

    @Test
    void axes_badRows_errorNamesFileAndLine() {
        AssessmentDataException e = assertThrows(AssessmentDataException.class, () -> CueLexicon.axes(
                DataLines.parse("cues.tsv", List.of("# c", "x\ta\tone", "x\tb\ttwo", "x\tc\tthree"), 3)));
        assertTrue(e.getMessage().startsWith("cues.tsv line 4"), e.getMessage());
        assertThrows(AssessmentDataException.class, () -> CueLexicon.axes(
                DataLines.parse("cues.tsv", List.of("x\ta\tone"), 3)));
    }
}
