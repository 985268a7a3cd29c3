package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class LexiconsTest {
    @Test
    void load_dataFiles_everyTypeMappedAndCameoRootsValid() {
        ExtractLexicons k = ExtractLexicons.get();
        for (SubEventType t : SubEventType.values()) {
            TriggerLexicon.TypeInfo info = k.triggers().types().get(t);
            assertNotNull(info, t.name());
            if (info.cameoRoot() != null) {
                int root = Integer.parseInt(info.cameoRoot());
                assertTrue(root >= 1 && root <= 20, t + " cameo " + root);
            }
        }
        assertTrue(k.triggers().triggers().size() > 100);
        assertEquals(12, k.numbers().numberWords().get("dozens"));
        assertEquals(100, k.numbers().numberWords().get("hundreds"));
    }

    @Test
    void loadedPhraseSets_areReadOnly() {
        ExtractLexicons k = ExtractLexicons.get();
        assertThrows(IllegalStateException.class, () -> k.triggers().triggers().add("teleported", null));
        assertThrows(UnsupportedOperationException.class, () -> k.actors().stopNames().add("x"));
    }

    @Test
    void rows_missingFile_errorNamesFile() {
        // a bundled file that is missing is a broken build, reported as such
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DataFile.rows("nope.tsv", 1));
        assertTrue(e.getMessage().contains("nope.tsv"));
    }

    @Test
    void load_roleWordLists_loadedAndLowerCase() {
        ExtractLexicons k = ExtractLexicons.get();
        assertTrue(k.actors().sideModifiers().contains("rebel") && k.anchorCues().modifiedHeads().contains("site"));
        for (String w : k.actors().sideModifiers()) {
            assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, "side_modifiers.txt: " + w);
        }
        for (String w : k.anchorCues().modifiedHeads()) {
            assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, "modified_heads.txt: " + w);
        }
    }

    @Test
    void load_governmentSeats_capitalsWithCountriesAndVerbKinds() {
        ExtractLexicons k = ExtractLexicons.get();
        assertEquals("Russia", k.government().governmentSeats().get("Moscow"));
        assertEquals("Israel", k.government().governmentSeats().get("Tel Aviv"));
        assertNull(k.government().governmentSeats().get("Raqqa"));
        assertEquals(Boolean.TRUE, k.government().governmentVerbs().get("sent"));
        assertEquals(Boolean.FALSE, k.government().governmentVerbs().get("condemned"));
        for (String v : k.government().governmentVerbs().keySet()) {
            assertEquals(v, v.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Word lists: every first-column entry lower case, trimmed and listed once. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"factual_to_verbs.txt", "force_words.txt",
        "generic_places.txt", "manned_aircraft.txt", "movement_words.txt", "rank_words.txt", "reaction_verbs.txt"})
    void wordLists_lowerCaseAndUnique(String file) {
        java.util.List<String> words = DataFile.words(file);
        assertTrue(!words.isEmpty(), file + " has no entries");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String w : words) {
            assertEquals(w.trim().toLowerCase(java.util.Locale.ROOT), w, file + ": not lower case or not trimmed: " + w);
            assertTrue(seen.add(w), file + ": listed twice: " + w);
        }
    }

    @Test
    void episodicReading_dataFilesLoadAgainstTheTriggerLexicon() {
        // other_senses.tsv names trigger forms and back_reference.tsv cue phrases; a bad row throws naming the line
        new EpisodicReading(ExtractLexicons.get().triggers());
    }
}
