package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class LocationCountReaderTest {
    private final LocationCountReader reader = new LocationCountReader(ExtractLexicons.get().triggers(),
            new NumberReader(ExtractLexicons.get().numbers()));

    private static List<Token> toks(String s) {
        return Tokenizer.tokenize(s, 0, s.length());
    }

    @Test
    void header_cellIsCountNoun_columnAndType() {
        LocationCountReader.Header h = reader.header(toks("Location | Airstrikes | Assessed results"));
        assertNotNull(h);
        assertEquals(1, h.column());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, h.trigger().type());
        assertNull(reader.header(toks("Near Homs | 3 | struck a unit")));
    }

    @Test
    void read_tableRowWithHeader_placeAndValue() {
        LocationCountReader.Header h = reader.header(toks("Location | Airstrikes | Results"));
        List<Token> t = toks("Near Deir ez-Zor | 7 | destroyed a depot");
        LocationCountReader.Line l = reader.read(t, h);
        assertEquals(7, l.value());
        assertTrue(l.vicinity());
        assertEquals("Deir", t.get(l.placeStart()).text());
    }

    @Test
    void read_bareNumberWithoutHeader_null() {
        assertNull(reader.read(toks("Near Homs | 3 | struck a unit"), null));
    }

    @Test
    void read_nearLineWithNumberWord_count() {
        LocationCountReader.Line l = reader.read(toks("Near Tabqa, three airstrikes struck an IS unit."), null);
        assertEquals(3, l.value());
        assertTrue(l.noun() > 0);
    }

    @Test
    void read_proseWithoutNearOpener_null() {
        assertNull(reader.read(toks("In Aleppo, 4 airstrikes killed 10 civilians."), null));
        assertNull(reader.read(toks("Near the border the army shelled a village."), null));
    }
}
