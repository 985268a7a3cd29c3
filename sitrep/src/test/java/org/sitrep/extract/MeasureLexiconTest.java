package org.sitrep.extract;


import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.MeasureKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureLexiconTest {
    private static final List<DataRow> EQUIPMENT = List.of(row("equipment.txt", 1, "tanks", "tank"));
    private static final List<DataRow> VERBS = List.of(row("equipment_verbs.tsv", 1, "destroyed", "destroyed",
            "both"));
    private static final List<DataRow> DISPLACEMENT = List.of(row("displacement.tsv", 1, "fled", "subject"));
    private static final List<DataRow> UNITS = List.of(row("displacement_units.tsv", 1, "people", "people"));

    private static DataRow row(String file, int line, String... cols) {
        return new DataRow(file, line, cols, DataFile.DataException::new);
    }

    @Test
    void get_bundledData_everyClassLowerCaseAndEveryKindAndRoleUsed() {
        MeasureLexicon lex = MeasureLexicon.get();
        Set<String> classes = new HashSet<>();
        for (String w : DataFile.words("equipment.txt")) {
            MeasureLexicon.EquipmentNoun noun = lex.equipment.get(w);
            assertNotNull(noun, "equipment.txt: " + w);
            if (noun.what() != null) {
                assertEquals(noun.what().toLowerCase(Locale.ROOT), noun.what());
                classes.add(noun.what());
            }
        }
        assertTrue(classes.containsAll(Set.of("tank", "helicopter", "armoured vehicle", "pickup truck")), classes.toString());
        Set<MeasureKind> kinds = EnumSet.noneOf(MeasureKind.class);
        for (String w : DataFile.words("equipment_verbs.tsv")) {
            kinds.add(lex.equipmentVerbs.get(w).kind());
        }
        assertEquals(EnumSet.of(MeasureKind.EQUIPMENT_DESTROYED, MeasureKind.EQUIPMENT_CAPTURED), kinds);
        Set<MeasureLexicon.Role> roles = EnumSet.noneOf(MeasureLexicon.Role.class);
        for (String w : DataFile.words("displacement.tsv")) {
            roles.addAll(lex.displacement.get(w));
        }
        assertEquals(EnumSet.allOf(MeasureLexicon.Role.class), roles);
        assertEquals("families", lex.units.get("families"));
        assertEquals("people", lex.units.get("residents"));
    }

    @Test
    void get_bundledData_armedMenAreNoUnitOfDisplacement() {
        MeasureLexicon lex = MeasureLexicon.get();
        for (String w : List.of("fighters", "soldiers", "militants", "rebels", "troops")) {
            assertEquals(null, lex.units.get(w), w);
        }
    }

    @Test
    void new_equipmentRowWithoutClass_errorNamesFileAndLine() {
        DataFile.DataException e = assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(
                List.of(row("equipment.txt", 7, "tanks")), VERBS, DISPLACEMENT, UNITS));
        assertTrue(e.getMessage().startsWith("equipment.txt line 7"), e.getMessage());
    }

    @Test
    void new_badKindVoiceRoleOrUnit_errorNamesTheProblem() {
        assertTrue(assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(EQUIPMENT,
                List.of(row("equipment_verbs.tsv", 4, "damaged", "damaged", "both")), DISPLACEMENT, UNITS))
                .getMessage().contains("destroyed or captured"));
        assertTrue(assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(EQUIPMENT,
                List.of(row("equipment_verbs.tsv", 5, "destruction", "destroyed", "noun")), DISPLACEMENT, UNITS))
                .getMessage().contains("ends with 'of'"));
        assertTrue(assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(EQUIPMENT, VERBS,
                List.of(row("displacement.tsv", 2, "fled", "verb")), UNITS))
                .getMessage().contains("displacement.tsv line 2"));
        assertTrue(assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(EQUIPMENT, VERBS,
                DISPLACEMENT, List.of(row("displacement_units.tsv", 3, "fighters", "fighters"))))
                .getMessage().contains("people, families or households"));
    }

    @Test
    void new_duplicateOrUpperCaseClass_rejected() {
        assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(
                List.of(row("equipment.txt", 1, "tanks", "tank"), row("equipment.txt", 2, "tanks", "tank")),
                VERBS, DISPLACEMENT, UNITS));
        assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(
                List.of(row("equipment.txt", 1, "tanks", "Tank")), VERBS, DISPLACEMENT, UNITS));
        assertThrows(DataFile.DataException.class, () -> new MeasureLexicon(EQUIPMENT, VERBS,
                List.of(row("displacement.tsv", 1, "fled", "subject"), row("displacement.tsv", 2, "fled", "subject")),
                UNITS));
    }
}
