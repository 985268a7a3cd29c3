package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TheatreTest {
    @Test
    void shippedTheatre_isSyriaAndItsNeighbours() {
        Theatre t = Theatre.standard();
        assertEquals("SY", t.focusCountry());
        assertEquals(Set.of("SY", "TR", "IQ", "LB", "JO", "IL", "PS"), t.regionCountries());
        assertTrue(t.otherCountryPrior() > 0 && t.otherCountryPrior() < 1);
    }

    @Test
    void anotherConflict_isAnotherFile() {
        Theatre t = Theatre.parse("t.tsv", List.of("key\tvalue", "focus_country\tYE", "region_countries\tYE SA OM",
                "other_country_prior\t0.5"));
        assertEquals(new Theatre("YE", Set.of("YE", "SA", "OM"), 0.5), t);
    }

    @Test
    void badLines_areNamedByFileAndLine() {
        IllegalStateException focusOutside = assertThrows(IllegalStateException.class, () -> Theatre.parse("t.tsv",
                List.of("focus_country\tYE", "region_countries\tSY TR", "other_country_prior\t0.4")));
        assertTrue(focusOutside.getMessage().startsWith("t.tsv line 1: focus country YE"), focusOutside.getMessage());
        IllegalStateException prior = assertThrows(IllegalStateException.class, () -> Theatre.parse("t.tsv",
                List.of("focus_country\tSY", "region_countries\tSY", "other_country_prior\tmuch")));
        assertTrue(prior.getMessage().startsWith("t.tsv line 3: not a number"), prior.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Theatre.parse("t.tsv",
                List.of("focus_country\tSY", "region_countries\tSY")));
        assertEquals("t.tsv: no other_country_prior line", missing.getMessage());
    }
}
