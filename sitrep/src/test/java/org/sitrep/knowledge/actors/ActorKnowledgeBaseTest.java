package org.sitrep.knowledge.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.knowledge.NameHit;

class ActorKnowledgeBaseTest {
    static final ActorKnowledgeBase KB = ActorKnowledgeBase.bundled();

    @TempDir
    Path tmp;

    private Path write(String name, String json) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }

    // ---- data validation of the bundled files

    @Test
    void bundled_everyNamesTokens_sameAsNameKeyOfItsText() {
        for (Actor a : KB.all()) {
            for (ActorName n : a.names()) {
                assertEquals(org.sitrep.knowledge.NameKey.tokens(n.text()), n.tokens(), a.id() + ": " + n.text());
            }
        }
    }

    @Test
    void bundled_loads_everyEntryHasCategoryReferenceAndUniqueId() {
        Set<String> seen = new HashSet<>();
        assertTrue(KB.all().size() >= 80, "expected broad coverage, got " + KB.all().size());
        for (Actor a : KB.all()) {
            assertTrue(seen.add(a.id()), "duplicate id " + a.id());
            assertTrue(a.category() >= 1 && a.category() <= 8, a.id());
            assertTrue(a.reference().startsWith("https://"), a.id());
            assertFalse(a.names().isEmpty(), a.id());
        }
    }

    @Test
    void bundled_namesLexicon_everyAliasFindsItsActor() {
        for (Actor a : KB.all()) {
            for (ActorName n : a.names()) {
                assertTrue(KB.names().lookup(n.text()).contains(a.id()), n.text() + " -> " + a.id());
            }
        }
    }

    @Test
    void bundled_renamingChains_agreeWithNameDates() {
        Actor nusra = KB.byId("jabhat-al-nusra").orElseThrow();
        assertEquals("Jabhat al-Nusra", nusra.officialNameOn(LocalDate.of(2015, 1, 1)));
        assertEquals("Jabhat Fateh al-Sham", nusra.officialNameOn(LocalDate.of(2016, 7, 28)));
        assertEquals("hayat-tahrir-al-sham", nusra.successor().actorId());
        assertEquals(LocalDate.of(2017, 1, 28), nusra.successor().date().first());
        Actor hts = KB.byId("hayat-tahrir-al-sham").orElseThrow();
        assertEquals(nusra.successor().date().first(), hts.from().first());
        Actor is = KB.byId("islamic-state").orElseThrow();
        assertEquals("Islamic State of Iraq", is.officialNameOn(LocalDate.of(2012, 5, 1)));
        assertEquals("Islamic State of Iraq and the Levant", is.officialNameOn(LocalDate.of(2013, 10, 1)));
        assertEquals("Islamic State", is.officialNameOn(LocalDate.of(2015, 10, 1)));
    }

    @Test
    void bundled_keyDates_matchPublicRecord() {
        assertEquals(LocalDate.of(2015, 10, 10), KB.byId("syrian-democratic-forces").orElseThrow().from().first());
        assertEquals(LocalDate.of(2014, 9, 23),
                KB.byId("us-led-coalition").orElseThrow().operationIn("SY").orElseThrow().from().first());
        assertEquals(LocalDate.of(2015, 9, 30),
                KB.byId("russian-aerospace-forces").orElseThrow().operationIn("SY").orElseThrow().from().first());
    }

    // ---- lookups

    @Test
    void candidates_sdfAcronymsInAnyLanguage_findSdf() {
        for (String m : List.of("SDF", "QSD", "HSD", "the SDF", "SDF's", "Syrian Democratic Forces", "قسد")) {
            assertEquals(List.of("syrian-democratic-forces"), ids(KB.candidates(m)), m);
        }
    }

    @Test
    void candidates_nusraVariants_findNusra() {
        for (String m : List.of("Jabhat al-Nusra", "Nusra Front", "al-Nusra", "Jabhet al-Nusra", "al-Nusra Front",
                "Jabhat Fateh al-Sham", "JFS")) {
            assertEquals(List.of("jabhat-al-nusra"), ids(KB.candidates(m)), m);
        }
        assertEquals(List.of("hayat-tahrir-al-sham"), ids(KB.candidates("Hay'at Tahrir al-Sham")));
    }

    @Test
    void candidates_isVariants_findIslamicState() {
        for (String m : List.of("ISIS", "Isis", "ISIL", "IS", "Daesh", "Islamic State", "Islamic State of Iraq and the Levant",
                "Islamic State of Iraq and al-Sham", "داعش")) {
            assertEquals(List.of("islamic-state"), ids(KB.candidates(m)), m);
        }
    }

    @Test
    void candidates_armedGroupsBeyondSyria_foundByTheirNewsNames() {
        assertEquals(List.of("jnim"), ids(KB.candidates("JNIM")));
        assertEquals(List.of("jnim"), ids(KB.candidates("Group for Support of Islam and Muslims")));
        assertEquals(List.of("al-shabaab"), ids(KB.candidates("Al Shabaab")));
        assertEquals(List.of("iswap"), ids(KB.candidates("Islamic State West Africa Province")));
        assertEquals(List.of("houthis"), ids(KB.candidates("Ansar Allah")));
        assertEquals(1, KB.byId("houthis").orElseThrow().category()); // ACLED's state forces of Sanaa
        // an acronym that is also a common word matches only in capitals: "pdf" is a file
        assertEquals(List.of("peoples-defence-force"), ids(KB.candidates("PDF")));
        assertTrue(KB.candidates("pdf").isEmpty());
    }

    @Test
    void candidates_acronymInLowerCase_findsNothing() {
        assertTrue(KB.candidates("is").isEmpty());
        assertTrue(KB.candidates("Is").isEmpty());
        assertTrue(KB.candidates("sdf").isEmpty());
        assertTrue(KB.candidates("tip").isEmpty());
    }

    @Test
    void nameInUse_beforeAndAfterTheNameExisted() {
        Actor is = KB.byId("islamic-state").orElseThrow();
        assertEquals(false, is.nameInUse("ISIS", LocalDate.of(2012, 11, 14)).orElseThrow());
        assertEquals(true, is.nameInUse("ISIS", LocalDate.of(2013, 4, 9)).orElseThrow());
        assertEquals(true, is.nameInUse("ISIS", LocalDate.of(2019, 1, 1)).orElseThrow(), "old names stay in use");
        assertEquals(false, is.nameInUse("Islamic State", LocalDate.of(2014, 5, 31)).orElseThrow());
        assertTrue(is.nameInUse("Free Syrian Army", LocalDate.of(2019, 1, 1)).isEmpty());
        Actor sdf = KB.byId("syrian-democratic-forces").orElseThrow();
        assertEquals(false, sdf.nameInUse("HSD", LocalDate.of(2015, 10, 9)).orElseThrow());
        assertEquals(true, sdf.nameInUse("HSD", LocalDate.of(2015, 10, 10)).orElseThrow());
    }

    @Test
    void names_scan_findsActorsInText() {
        String text = "Fighters of the YPG and Jaysh al-Islam clashed with Hezbollah.";
        List<String> found = KB.names().scan(text).stream().map(NameHit::entryIds).map(l -> l.get(0)).toList();
        assertEquals(List.of("ypg", "jaysh-al-islam", "hezbollah"), found);
    }

    // ---- user files

    @Test
    void load_userFileAddsAliasAndActor() throws IOException {
        Path extra = write("extra.json", """
                [
                {"id": "syrian-democratic-forces", "aliases": ["Forces of the Democratic Syria"]},
                {"id": "test-brigade", "name": "Test Brigade", "category": 2, "country": "SY", "from": "2014-02",
                 "aliases": ["Liwa al-Test"], "reference": "https://example.org/test-brigade"}
                ]
                """);
        ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(extra));
        assertEquals(List.of("syrian-democratic-forces"), ids(kb.candidates("Forces of the Democratic Syria")));
        assertEquals(List.of("test-brigade"), ids(kb.candidates("Liwa al-Test")));
        assertEquals(LocalDate.of(2015, 10, 10), kb.candidates("Forces of the Democratic Syria").get(0)
                .namesWithKey("forces of the democratic syria").get(0).since().first(), "user alias inherits the start");
        assertTrue(KB.candidates("Liwa al-Test").isEmpty(), "the bundled base is unchanged");
    }

    @Test
    void load_userAliasOfAnotherActor_reportsFileLineAndBothActors() throws IOException {
        Path extra = write("clash.json", "[\n{\"id\": \"ypg\",\n \"aliases\": [\"SDF\"]}\n]\n");
        ActorDataException e = assertThrows(ActorDataException.class, () -> ActorKnowledgeBase.load(List.of(extra)));
        String msg = String.join("\n", e.problems());
        assertTrue(msg.contains("clash.json:2"), msg);
        assertTrue(msg.contains("ypg") && msg.contains("syrian-democratic-forces"), msg);
    }

    @Test
    void load_sharedAliasMarkedAmbiguous_isAccepted() throws IOException {
        Path extra = write("shared.json", """
                [{"id": "iraqi-republican-guard", "name": "Iraqi Republican Guard", "category": 1, "country": "IQ",
                  "from": "1969", "to": "2003", "aliases": [{"names": ["Republican Guard"], "ambiguous": true}],
                  "reference": "https://en.wikipedia.org/wiki/Republican_Guard_(Iraq)"},
                 {"id": "syrian-republican-guard", "aliases": [{"names": ["Republican Guard"], "ambiguous": true}]}]
                """);
        Path unmarked = write("unmarked.json", """
                [{"id": "iraqi-republican-guard", "name": "Iraqi Republican Guard", "category": 1,
                  "aliases": ["Republican Guard"], "reference": "https://en.wikipedia.org/wiki/Republican_Guard_(Iraq)"}]
                """);
        assertThrows(ActorDataException.class, () -> ActorKnowledgeBase.load(List.of(unmarked)));
        ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of(extra));
        assertEquals(Set.of("iraqi-republican-guard", "syrian-republican-guard"),
                Set.copyOf(ids(kb.candidates("Republican Guard"))));
    }

    @Test
    void load_userChangesCategory_reportsConflict() throws IOException {
        Path extra = write("cat.json", "[\n{\"id\": \"hezbollah\", \"category\": 2}\n]");
        ActorDataException e = assertThrows(ActorDataException.class, () -> ActorKnowledgeBase.load(List.of(extra)));
        assertTrue(e.getMessage().contains("cat.json:2") && e.getMessage().contains("category"), e.getMessage());
    }

    @Test
    void load_badEntries_reportEveryProblemWithLine() throws IOException {
        Path extra = write("bad.json", """
                [
                {"id": "Bad Id", "name": "X", "category": 9, "reference": "https://example.org/x"},
                {"id": "no-ref", "name": "Y", "category": 2, "from": "2014-13"},
                {"id": "renamed", "name": "Old", "category": 2, "reference": "https://example.org/r",
                 "aliases": [{"names": ["Old"], "since": "2012", "until": "2013"}, {"names": ["New"], "since": "2014"}],
                 "renamings": [{"date": "2013", "from": "Old", "to": "New"}]},
                {"id": "orphan", "name": "Z", "category": 2, "reference": "https://example.org/z", "parent": "nobody", "colour": "red"}
                ]
                """);
        ActorDataException e = assertThrows(ActorDataException.class, () -> ActorKnowledgeBase.load(List.of(extra)));
        String msg = e.getMessage();
        assertTrue(msg.contains("bad.json:2") && msg.contains("slug") && msg.contains("1..8"), msg);
        assertTrue(msg.contains("bad.json:3") && msg.contains("2014-13") && msg.contains("reference"), msg);
        assertTrue(msg.contains("bad.json:4") && msg.contains("renaming"), msg);
        assertTrue(msg.contains("bad.json:7") && msg.contains("colour"), msg);
        assertNotNull(e.problems());
    }

    @Test
    void victimHeads_bundled_readTheSideActedUpon() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.bundled();
        assertEquals("civilians", kb.victimHead("people").orElseThrow().id());
        assertEquals("civilians", kb.victimHead("Shepherd").orElseThrow().id());
        assertEquals("women", kb.victimHead("daughters").orElseThrow().id());
        assertTrue(kb.victimHead("soldiers").isEmpty());
        assertTrue(kb.victimHead("protesters").isEmpty(), "ACLED codes protesters apart from civilians");
    }

    @Test
    void nationalForces_everyCountryHasItsMilitaryAndPolice_underAcledNames() {
        ActorKnowledgeBase kb = ActorKnowledgeBase.bundled();
        assertEquals("Police Forces of Kenya", kb.nationalForces("police", "KE").orElseThrow().name());
        assertEquals("Military Forces of the Philippines", kb.nationalForces("military", "PH").orElseThrow().name());
        // a force actors.json names itself keeps its own entry
        assertEquals("syrian-armed-forces", kb.nationalForces("military", "SY").orElseThrow().id());
        assertEquals("Police Forces of Syria", kb.nationalForces("police", "SY").orElseThrow().name());
        assertEquals(List.of("military-forces-of-ua"), kb.candidates("Ukrainian troops").stream().map(Actor::id).toList());
        assertTrue(kb.nationalForces("navy", "KE").isEmpty());
    }

    @Test
    void nationalForces_unknownKindInAGeneric_isReported() {
        ActorLoader loader = new ActorLoader();
        loader.addGenerics("g.json", new java.io.ByteArrayInputStream(("[{\"id\": \"coast-guard\", \"category\": 1, "
                + "\"phrases\": [\"coast guard\"], \"nationalForces\": \"navy\"}]")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ActorDataException e = assertThrows(ActorDataException.class, loader::finish);
        assertTrue(e.getMessage().contains("nationalForces"), e.getMessage());
    }

    @Test
    void victimHeads_badRows_reportEveryProblemWithLine() {
        String rows = "# comment\npeople\tcivilians\tsource\nPeople\tcivilians\tsource\nmen\tnobody\tsource\n"
                + "boy\tchildren\nman\tcivilians\tsource\nman\tcivilians\tsource\n";
        ActorDataException e = assertThrows(ActorDataException.class, () -> ActorKnowledgeBase.readVictimHeads(
                "v.tsv", List.of(rows.split("\n")), java.util.Set.of("civilians", "children")));
        String msg = e.getMessage();
        assertTrue(msg.contains("v.tsv:3") && msg.contains("lower case"), msg);
        assertTrue(msg.contains("v.tsv:4") && msg.contains("nobody"), msg);
        assertTrue(msg.contains("v.tsv:5"), msg);
        assertTrue(msg.contains("v.tsv:7") && msg.contains("twice"), msg);
        assertFalse(msg.contains("v.tsv:2"), msg);
    }

    @Test
    void load_brokenSuccession_isReported() throws IOException {
        Path extra = write("succ.json", """
                [{"id": "old-front", "name": "Old Front", "category": 2, "reference": "https://example.org/o",
                  "successor": {"id": "new-front", "date": "2016-01-01"}},
                 {"id": "new-front", "name": "New Front", "category": 2, "reference": "https://example.org/n", "from": "2016-02-01"}]
                """);
        ActorDataException e = assertThrows(ActorDataException.class, () -> ActorKnowledgeBase.load(List.of(extra)));
        assertTrue(e.getMessage().contains("predecessor") && e.getMessage().contains("succession date"), e.getMessage());
    }

    @Test
    void load_malformedJson_namesFileAndLine() throws IOException {
        Path extra = write("broken.json", "[\n{\"id\": \"x\",\n \"name\": }\n]");
        ActorDataException e = assertThrows(ActorDataException.class, () -> ActorKnowledgeBase.load(List.of(extra)));
        assertTrue(e.getMessage().contains("broken.json:3"), e.getMessage());
    }
}
