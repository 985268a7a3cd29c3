package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryTableTest {
    @Test
    void lookup_namesAndCodes_acledIsoNumbers() {
        Map<String, Integer> expected = Map.of("Syria", 760, "Turkey", 792, "Iraq", 368, "Lebanon", 422,
                "Jordan", 400, "Israel", 376, "Palestine", 275);
        expected.forEach((name, iso) -> assertEquals(iso,
                CountryTable.standard().lookup(name).orElseThrow().isoNumeric(), name));
        assertEquals("Syria", CountryTable.standard().lookup("sy").orElseThrow().name());
        assertEquals("Syria", CountryTable.standard().lookup(" SYR ").orElseThrow().name());
        assertEquals("Turkey", CountryTable.standard().lookup("Türkiye").orElseThrow().name());
        assertTrue(CountryTable.standard().lookup("Atlantis").isEmpty());
        assertTrue(CountryTable.standard().lookup(null).isEmpty());
    }

    @Test
    void data_codesWellFormedAndUnique() {
        Set<Integer> numbers = new HashSet<>();
        for (Country c : CountryTable.standard().all()) {
            assertTrue(c.alpha2().matches("[A-Z]{2}") && c.alpha3().matches("[A-Z]{3}"), c.toString());
            assertTrue(c.alpha3().startsWith(c.alpha2().substring(0, 1)), c.toString());
            assertTrue(numbers.add(c.isoNumeric()), "duplicate ISO number " + c);
            assertEquals("Middle East", c.region());
        }
        assertEquals(7, numbers.size());
    }
}
