package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;

/** The place a name denotes without help, which anchors the other mentions of a document. */
class ReadingsTest {
    private final Readings readings = new Readings(Gazetteer.get());

    @Test
    void unambiguous_townAbroadSpeltOtherwise_doesNotMakeALevantCityAmbiguous() {
        // El Hamma (Tunisia) matches "Hama" only up to its article and a doubled letter
        Optional<Place> p = readings.unambiguous("Hama", new HashMap<>());
        assertEquals("geonames:170017", p.map(Place::id).orElse(null));
    }

    @Test
    void unambiguous_townAbroadSpeltAsWritten_stillCompetes() {
        // Tripoli in Libya is listed under the name as written and is no tenth of the size of Lebanon's
        assertTrue(readings.unambiguous("Tripoli", new HashMap<>()).isEmpty());
    }
}
