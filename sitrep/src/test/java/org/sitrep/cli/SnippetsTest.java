package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static Snippets parse(String text) {
        return Snippets.parse(new InputText("in.tsv", text));
    }

    @Test
    void parse_plainLines_idIsLineNumberBlankLinesSkipped() {
        Snippets s = parse("first snippet\n\n  second snippet  \r\n");
        assertFalse(s.labelled());
        assertEquals(List.of(new Snippets.Snippet("1", 1, null, "first snippet"),
                new Snippets.Snippet("3", 3, null, "second snippet")), s.items());
    }

    @Test
    void parse_idTab_idFromFirstColumnHeaderSkipped() {
        Snippets s = parse("id\ttext\nq7\tsome words\n");
        assertFalse(s.labelled());
        assertEquals(List.of(new Snippets.Snippet("q7", 2, null, "some words")), s.items());
    }

    @Test
    void parse_labelled_goldInAcledSpellingAndTextKeepsTabs() {
        Snippets s = parse("id\tsub_event_type\ttext\nk1\tair/drone strike\tjets\tstruck\nk2\tnone\tquiet day\n");
        assertTrue(s.labelled());
        assertEquals("Air/drone strike", s.items().get(0).gold());
        assertEquals("jets\tstruck", s.items().get(0).text());
        assertEquals("NONE", s.items().get(1).gold());
    }

    @Test
    void parse_unknownLabel_errorNamesFileAndLine() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> parse("id\tlabel\ttext\nk1\tArmed clash\tfighting\nk2\tPicnic\tsandwiches\n"));
        assertTrue(e.getMessage().startsWith("in.tsv: line 3: unknown label 'Picnic'"), e.getMessage());
    }

    @Test
    void parse_layoutChangesMidway_errorNamesLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> parse("a\tone\nb two\n"));
        assertTrue(e.getMessage().startsWith("in.tsv: line 2: no tab"), e.getMessage());
    }

    @Test
    void parse_emptyIdOrText_errorNamesLine() {
        assertTrue(assertThrows(BadInputException.class, () -> parse("a\tone\n\ttwo\n")).getMessage()
                .startsWith("in.tsv: line 2: empty id"));
        assertTrue(assertThrows(BadInputException.class, () -> parse("a\tone\nb\t  \n")).getMessage()
                .startsWith("in.tsv: line 2: no snippet text"));
    }

    @Test
    void parse_emptyInput_noSnippets() {
        Snippets s = parse("\n\n");
        assertTrue(s.items().isEmpty());
    }
}
