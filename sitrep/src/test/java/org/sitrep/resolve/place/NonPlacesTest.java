package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;

/** Words used as something other than a place get no place (sentences written by us). */
class NonPlacesTest {
    private final NonPlaces nonPlaces = new NonPlaces(Gazetteer.get());
    private final PlaceResolver resolver = new PlaceResolver();

    private boolean notAPlace(String text, String name) {
        int at = text.indexOf(name);
        return nonPlaces.notAPlace(name) || nonPlaces.demonym(name) || nonPlaces.speaker(text, at, at + name.length());
    }

    private Location resolveIn(String text, String name) {
        int at = text.indexOf(name);
        Mention m = Mention.of(name, at, at + name.length());
        return resolver.resolve(Location.unresolved(m), new PlaceContext(text, List.of(m), null));
    }

    @Test
    void peoplesPlatformsAndCommonNouns_areNoPlaces() {
        assertTrue(notAPlace("The Kurds took the town after a week.", "Kurds"));
        assertTrue(notAPlace("A video posted on YouTube showed the strike.", "YouTube"));
        assertTrue(notAPlace("Neither side confirmed the toll.", "side"));
        assertTrue(notAPlace("Syrian troops entered the village.", "Syrian"));
    }

    @Test
    void aCountryThatSpeaks_isAPartyNotAPlace() {
        assertTrue(notAPlace("Qatar condemned the attack on the town.", "Qatar"));
        assertTrue(notAPlace("Turkey has strongly denied any role.", "Turkey"));
        assertFalse(notAPlace("Officials in Moscow denied the report.", "Moscow"));
    }

    @Test
    void aPeopleIsNotResolved() {
        Location loc = resolveIn("The Kurds held the village.", "Kurds");
        assertFalse(loc.resolved());
        assertTrue(loc.candidates().isEmpty());
    }

    @Test
    void placesUsedAsPlaces_stayPlaces() {
        assertFalse(notAPlace("Clashes broke out in Qatar's capital.", "Qatar"));
        assertFalse(notAPlace("Shells fell on Idlib at noon.", "Idlib"));
        assertEquals("country:QA", resolveIn("Fighters were flown to Qatar for talks.", "Qatar").gazetteerId());
    }
}
