package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.PhraseLexicon;
import org.sitrep.model.Span;

class OrganisationSpansTest {
    private final OrganisationSpans spans = new OrganisationSpans(PhraseLexicon.builder()
            .add("Ahrar al-Sham", "ahrar").add("Turkey", "tr").build());

    private boolean shields(String text, String place) {
        int at = text.lastIndexOf(place);
        return spans.shields(text, new Span(at, at + place.length()), spans.in(text));
    }

    @Test
    void shields_placeInsideLongerActorName_true() {
        assertTrue(shields("A convoy of Ahrar al-Sham left at dawn.", "al-Sham"));
    }

    @Test
    void shields_oneWordActorNameThatIsThePlace_false() {
        assertFalse(shields("Troops crossed from Turkey at dawn.", "Turkey"));
        assertTrue(spans.in("Troops crossed from Turkey at dawn.").isEmpty());
    }

    @Test
    void shields_capitalisedUnitHeadWordBefore_true() {
        assertTrue(shields("Saraya Halab claimed the attack.", "Halab"));
        assertTrue(shields("Katibat-Halab claimed the attack.", "Halab"));
    }

    @Test
    void shields_otherOrLowerCaseWordBefore_false() {
        assertFalse(shields("The army entered Halab on Friday.", "Halab"));
        assertFalse(shields("A liwa Halab, they said.", "Halab"));
        assertFalse(shields("Halab was quiet.", "Halab"));
    }

    @Test
    void bundledUnitWords_load() {
        OrganisationSpans bundled = new OrganisationSpans(PhraseLexicon.builder().build());
        String text = "Jaysh Halab and Liwa Idlib";
        assertTrue(bundled.shields(text, new Span(6, 11), new SortedSpans(List.of())));
        assertTrue(bundled.shields(text, new Span(21, 26), new SortedSpans(List.of())));
    }
}
