package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static List<GazetteerData.Row> rows(String body, int columns) {
        String text = "h" + "\tx".repeat(columns - 1) + "\n" + body;
        return GazetteerData.rows(new BytesOnly(text), "t.tsv", "h", columns);
    }

    /** A source that holds only bytes, as the shipped files are read. */
    private record BytesOnly(String text) implements GazetteerData.Source {
        @Override
        public List<String> lines(String file) {
            throw new AssertionError("rows read the bytes");
        }

        @Override
        public byte[] bytes(String file) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void rows_cellsCommentsBlankLinesAndLineNumbers() {
        List<GazetteerData.Row> rows = rows("# note\na\t\tc\r\n\n  \nحلب\tḨamāh\tx\r", 3);
        assertEquals(2, rows.size());
        assertEquals(List.of("a", "", "c"), List.of(rows.get(0).cells()));
        assertEquals(3, rows.get(0).line());
        assertEquals(List.of("حلب", "Ḩamāh", "x"), List.of(rows.get(1).cells()));
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void rows_wrongColumnCountOrHeader_nameFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rows("a\tb\n", 3));
        assertEquals("t.tsv line 2: expected 3 columns, got 2", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> GazetteerData.rows(new BytesOnly("# c\nk\tx\n"), "t.tsv", "h", 2));
        assertEquals("t.tsv line 2: expected a header of 2 columns starting with 'h'", e.getMessage());
    }

    @Property
    void rows_anyText_sameAsLinesCutBySplit(
            @ForAll @StringLength(max = 24) @Chars({'a', 'ḩ', '\n', '\r', '\t', ' ', '#'}) String body) {
        List<List<String>> expected = new ArrayList<>();
        String problem = null;
        int n = 1;
        for (String line : split(body)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2) {
                problem = "t.tsv line " + n + ": expected 2 columns, got " + cells.length;
                break;
            }
            expected.add(List.of(cells));
        }
        if (problem != null) {
            String want = problem;
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> rows(body, 2));
            assertEquals(want, e.getMessage());
        } else {
            assertEquals(expected, rows(body, 2).stream().map(r -> List.of(r.cells())).toList());
        }
    }
}
