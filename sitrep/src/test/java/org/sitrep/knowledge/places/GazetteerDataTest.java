package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class GazetteerDataTest {
    private static List<String> split(String text) {
        return GazetteerData.splitLines(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitLines_everyLineEnd_cutsAsReadLineDoes() {
        assertEquals(List.of("a", "b", "", "c", "d"), split("a\nb\r\n\rc\rd"));
        assertEquals(List.of("حلب\tḨamāh"), split("حلب\tḨamāh\n"));
        assertEquals(List.of(), split(""));
    }

    @Property
    void splitLines_anyText_sameAsBufferedReader(
            @ForAll @StringLength(max = 30) @Chars({'a', 'ḩ', 'ب', '\n', '\r', '\t', ' '}) String text)
            throws IOException {
        assertEquals(new BufferedReader(new StringReader(text)).lines().toList(), split(text));
    }

    @Test
    void cells_exactColumnCount_cellsAsSplit_elseNull() {
        assertEquals(List.of("a", "", "c"), List.of(GazetteerData.cells("a\t\tc", 3)));
        assertEquals(List.of("", ""), List.of(GazetteerData.cells("\t", 2)));
        assertNull(GazetteerData.cells("a\tb", 3));
        assertNull(GazetteerData.cells("a\tb\tc\t", 3));
    }

    @Property
    void cells_anyLine_agreesWithSplit(@ForAll @StringLength(max = 12) @Chars({'a', '\t', ' '}) String line) {
        String[] split = line.split("\t", -1);
        String[] cells = GazetteerData.cells(line, split.length);
        assertEquals(List.of(split), List.of(cells));
        assertNull(GazetteerData.cells(line, split.length + 1));
    }
}
