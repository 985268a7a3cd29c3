package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Measure;
import org.sitrep.model.MeasureKind;

class EquipmentReaderTest {
    private final EquipmentReader reader = new EquipmentReader(ExtractLexicons.get().numbers(),
            ExtractLexicons.get().actors(), MeasureLexicon.get());

    private List<Measure> read(String s) {
        return reader.read(s, Tokenizer.tokenize(s, 0, s.length())).stream().map(MeasureHit::measure).toList();
    }

    /** "2 tank" style summaries: value and class of each measure, in order. */
    private List<String> summary(String s) {
        return read(s).stream().map(m -> m.quantity().value() + " " + m.what()).toList();
    }

    @Test
    void read_activeListOfNumberAndArticle_eachItemCounted() {
        List<Measure> ms = read("Rebels destroyed two tanks and a BMP west of the town.");
        assertEquals(List.of("2 tank", "1 armoured vehicle"), summary("Rebels destroyed two tanks and a BMP west of the town."));
        assertTrue(ms.stream().allMatch(m -> m.kind() == MeasureKind.EQUIPMENT_DESTROYED));
        assertEquals("two", ms.get(0).quantity().mention().text());
        assertEquals("a BMP", ms.get(1).quantity().mention().text());
        assertEquals("destroyed two tanks and a BMP", ms.get(0).phrase().text());
    }

    @Test
    void read_seizedWithTrailingDescription_headNounCountedOnce() {
        List<Measure> ms = read("The faction seized 3 pickup trucks mounted with heavy machine guns.");
        assertEquals(1, ms.size());
        assertEquals(MeasureKind.EQUIPMENT_CAPTURED, ms.get(0).kind());
        assertEquals(3, ms.get(0).quantity().value());
        assertEquals("pickup truck", ms.get(0).what());
    }

    @Test
    void read_shotDownAnArticle_oneWithTheNounInTheMention() {
        List<Measure> ms = read("Fighters shot down a helicopter over the valley.");
        assertEquals(List.of("1 helicopter"), summary("Fighters shot down a helicopter over the valley."));
        assertEquals(MeasureKind.EQUIPMENT_DESTROYED, ms.get(0).kind());
        assertEquals("a helicopter", ms.get(0).quantity().mention().text());
    }

    @Test
    void read_modelDesignationAndVagueSecondItem_onlyTheNumberedItem() {
        assertEquals(List.of("4 tank"),
                summary("The group captured four T-72 tanks and large amounts of ammunition at the base."));
    }

    @Test
    void read_passiveList_itemsBeforeTheVerb() {
        List<Measure> ms = read("Two tanks and a BMP were destroyed in the fighting.");
        assertEquals(List.of("2 tank", "1 armoured vehicle"), summary("Two tanks and a BMP were destroyed in the fighting."));
        assertEquals("Two tanks and a BMP were destroyed", ms.get(0).phrase().text());
        assertEquals(List.of("1 helicopter"), summary("A Russian-made helicopter was reportedly shot down."));
    }

    @Test
    void read_vaguePluralsAndNounForm_conservativeValues() {
        assertEquals(List.of("12 vehicle"), summary("Militants seized dozens of vehicles near the dam."));
        assertEquals(List.of("100 weapon"), summary("Police confiscated hundreds of weapons in raids."));
        assertEquals(List.of("5 tank"), summary("Officers confirmed the destruction of five tanks."));
        assertEquals(List.of("2 tank"), summary("They destroyed two of their tanks."));
        assertEquals(List.of("3 tank", "2 armoured vehicle", "7 depot"),
                summary("Jets destroyed 3 tanks, 2 infantry fighting vehicles, and 7 ammunition depots."));
    }

    @Test
    void read_compoundNounAndParticiple_headIsTheLastEquipmentNoun() {
        assertEquals(List.of("2 launcher"), summary("Troops destroyed two anti-tank missile launchers."));
        assertEquals(List.of("1 helicopter"), summary("Rebels shot down a helicopter carrying weapons."));
    }

    @Test
    void read_noNumber_noMeasure() {
        assertTrue(read("The army suffered heavy losses in equipment.").isEmpty());
        assertTrue(read("A rebel attack destroyed the tank.").isEmpty());
        assertTrue(read("Rebels destroyed tanks and trucks.").isEmpty());
        assertTrue(read("Rebels destroyed a few tanks.").isEmpty());
        assertTrue(read("The army destroyed 4.5 tanks.").isEmpty());
        assertTrue(read("Rebels seized large amounts of ammunition.").isEmpty());
    }

    @Test
    void read_negatedOrOnlyDamaged_noMeasure() {
        assertTrue(read("Gunners failed to shoot down a helicopter.").isEmpty());
        assertTrue(read("The drones did not destroy two tanks.").isEmpty());
        assertTrue(read("Shells damaged two tanks.").isEmpty());
    }

    @Test
    void read_peopleOrPlaces_notEquipment() {
        assertTrue(read("Rebels captured 5 soldiers and a village.").isEmpty());
        assertTrue(read("Five soldiers were captured near the dam.").isEmpty());
        assertTrue(read("IS seized three villages.").isEmpty());
    }
}
