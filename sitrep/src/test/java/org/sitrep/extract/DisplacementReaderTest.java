package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Measure;
import org.sitrep.model.MeasureKind;

class DisplacementReaderTest {
    private final DisplacementReader reader = new DisplacementReader(ExtractLexicons.get().triggers(),
            ExtractLexicons.get().actors(), MeasureLexicon.get(), new NumberReader(ExtractLexicons.get().numbers()));

    private List<Measure> read(String s) {
        return reader.read(s, Tokenizer.tokenize(s, 0, s.length())).stream().map(MeasureHit::measure).toList();
    }

    private List<String> summary(String s) {
        return read(s).stream().map(m -> m.quantity().value() + " " + m.what()).toList();
    }

    @Test
    void read_hedgedSubjectBeforeFled_peopleWithHedgeInMention() {
        List<Measure> ms = read("Some 40,000 people fled the valley last week.");
        assertEquals(1, ms.size());
        assertEquals(MeasureKind.DISPLACED, ms.get(0).kind());
        assertEquals(40000, ms.get(0).quantity().value());
        assertEquals("Some 40,000", ms.get(0).quantity().mention().text());
        assertEquals("people", ms.get(0).what());
        assertEquals("Some 40,000 people fled", ms.get(0).phrase().text());
    }

    @Test
    void read_bareObjectAfterDisplaced_people() {
        assertEquals(List.of("120000 people"), summary("The offensive displaced at least 120,000, aid groups said."));
        assertEquals(List.of("100000 people"),
                summary("The campaign displaced hundreds of thousands of civilians."));
    }

    @Test
    void read_familiesFled_keptAsFamilies() {
        // a family is several people of no fixed number: the unit stays "families", never converted to people
        assertEquals(List.of("1000 families"), summary("Thousands of families fled their homes overnight."));
        assertEquals(List.of("300 households"), summary("About 300 households were displaced."));
    }

    @Test
    void read_causativeWithItsClosing_countedWithWholePhrase() {
        List<Measure> ms = read("The bombardment forced 5,000 residents to leave the town.");
        assertEquals(List.of("5000 people"), summary("The bombardment forced 5,000 residents to leave the town."));
        assertEquals("forced 5,000 residents to leave", ms.get(0).phrase().text());
        assertEquals(List.of("2000 people"), summary("Shelling drove 2,000 villagers from their homes."));
    }

    @Test
    void read_causativeWithoutLeaving_noMeasure() {
        assertTrue(read("The council forced 5,000 residents to pay a tax.").isEmpty());
        assertTrue(read("Clashes forced 5,000 residents into shelters.").isEmpty());
    }

    @Test
    void read_auxiliariesNounAndAdjective_counted() {
        assertEquals(List.of("900 people"), summary("At least 900 people have fled since Monday."));
        assertEquals(List.of("9000 people"), summary("Officials reported the displacement of 9,000 people."));
        assertEquals(List.of("120000 people"), summary("The agency counted 120,000 displaced in the camps."));
        assertEquals(List.of("6700000 people"), summary("Some 6.7 million Syrians are internally displaced."));
    }

    @Test
    void read_fightersOrOtherNouns_notDisplaced() {
        assertTrue(read("Ten fighters fled towards the border.").isEmpty());
        assertTrue(read("The raid forced 10 fighters to flee.").isEmpty());
        assertTrue(read("More than 3,000 fighters and their families were evacuated.").isEmpty());
    }

    @Test
    void read_noNumberNegatedOrVictims_noMeasure() {
        assertTrue(read("Many people fled the fighting.").isEmpty());
        assertTrue(read("The war has displaced half the population.").isEmpty());
        assertTrue(read("Some 500 people did not flee.").isEmpty());
        assertTrue(read("The strike killed 5 displaced people.").isEmpty());
        assertTrue(read("Twelve people were killed as they fled.").isEmpty());
    }
}
