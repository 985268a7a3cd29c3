package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void textForm_roundTrips_datedAndUndated() {
        Cursor dated = new Cursor(LocalDate.of(2015, 10, 24), "e0123abc");
        Cursor undated = new Cursor(null, "e/with/slashes");
        assertEquals(dated, Cursor.decode(dated.encode()));
        assertEquals(undated, Cursor.decode(undated.encode()));
        assertTrue(dated.encode().matches("[A-Za-z0-9_-]+"), "safe in a URL as it is");
    }

    @Test
    void somethingElse_isRefusedWithAClearMessage() {
        for (String bad : new String[] {"", "!!!", "bm90IGEgY3Vyc29y", "MjAxNS0xMy0wMS9lMQ"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cursor.decode(bad));
            assertTrue(e.getMessage().startsWith("not a paging cursor"), e.getMessage());
        }
    }
}
