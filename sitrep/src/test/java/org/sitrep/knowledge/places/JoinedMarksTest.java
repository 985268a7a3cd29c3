package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JoinedMarksTest {
    @Test
    void innerAynAndHamzaMarks_removed() {
        assertEquals("Maarrat an Numān", JoinedMarks.of("Ma\u2018arrat an Nu\u2018mān"));
        assertEquals("Tall Rifat", JoinedMarks.of("Tall Rif\u02bfat"));
        assertEquals("Maarat", JoinedMarks.of("Ma'arat"));
    }

    @Test
    void marksAtAWordsEdge_orNone_leftAlone() {
        // a leading ayn already falls away in the key ("ayn isa"); a name without marks has no second form
        assertNull(JoinedMarks.of("\u2018Ayn \u2018Īsá"));
        assertNull(JoinedMarks.of("Khanasser"));
    }
}
