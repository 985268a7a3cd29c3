package org.sitrep.bench.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTsvTest {
    private static final String H = SnippetTsv.HEADER;

    @Test
    void parse_validLines_givesCanonicalLabels() {
        List<LabelledSnippet> s = SnippetTsv.parse("x.tsv", List.of("\uFEFF" + H,
                "t-1\tarmed clash\tFighters exchanged fire at a checkpoint.\r",
                "",
                "t-2\tNONE\tNothing happened today."));
        assertEquals(List.of(new LabelledSnippet("t-1", "Armed clash", "Fighters exchanged fire at a checkpoint."),
                new LabelledSnippet("t-2", "NONE", "Nothing happened today.")), s);
    }

    @Test
    void parse_missingHeader_failsNamingFileAndLine() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> SnippetTsv.parse("x.tsv", List.of("t-1\tArmed clash\ttext")));
        assertTrue(x.getMessage().startsWith("x.tsv:1:"), x.getMessage());
    }

    @Test
    void parse_unknownLabel_failsNamingLineAndLabel() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> SnippetTsv.parse("x.tsv", List.of(H, "t-1\tArmed clash\ttext", "t-2\tSkirmish\ttext")));
        assertTrue(x.getMessage().startsWith("x.tsv:3:") && x.getMessage().contains("'Skirmish'"), x.getMessage());
    }

    @Test
    void parse_wrongFieldCount_fails() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> SnippetTsv.parse("x.tsv", List.of(H, "t-1\tArmed clash")));
        assertTrue(x.getMessage().contains("3 tab-separated fields"), x.getMessage());
    }

    @Test
    void parse_duplicateId_fails() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> SnippetTsv.parse("x.tsv", List.of(H, "t-1\tArmed clash\ta", "t-1\tArrests\tb")));
        assertTrue(x.getMessage().contains("duplicate id t-1"), x.getMessage());
    }
}
