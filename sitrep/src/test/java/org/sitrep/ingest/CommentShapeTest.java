package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommentShapeTest {
    private final CommentShape shape = CommentShape.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nadia Haddad • 3 years ago|Nadia Haddad",
        "Omar says: March 5, 2016 at 3:04 pm|Omar",
        "jdoe_77 · 2 hrs ago|jdoe_77",
        "Salma R. · 04/03/2016 11:40|Salma R.",
        "Nadia Haddad → Tom W • an hour ago|Nadia Haddad Tom W",
    })
    void header_nameBesideTimestamp_givesTheName(String line, String name) {
        assertEquals(name, shape.header(line, null).orElseThrow(() -> new AssertionError(line)).name());
    }

    @Test
    void header_timestampUnderANameLine_isAHeaderWithoutName() {
        assertTrue(shape.header("Posted: Sat Mar 05, 2016 9:02 am", "margo77").isPresent());
        assertTrue(shape.header("January 21, 2016 at 3:04 pm", "Omar K.").isPresent());
        // under a sentence, a timestamp is no comment header
        assertFalse(shape.header("January 21, 2016 at 3:04 pm", "The council said the pumps would be fixed.")
                .isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Jets struck the station on 21 January 2016 at 3 pm, the council said.",
        "Updated: April 9, 2016 at 10:40 pm",
        "The fighting lasted three years ago and more",
        "Shelling resumed",
    })
    void header_sentencesAndFurniture_areNoHeaders(String line) {
        assertFalse(shape.header(line, null).isPresent(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reply", "4 • Reply • Share ›", "Like (3) | Reply | Report", "12 likes"})
    void isActionLine_actionBars(String line) {
        assertTrue(shape.isActionLine(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reply to the ministry came on Monday", "Share prices fell", "4 killed"})
    void isActionLine_notForSentences(String line) {
        assertFalse(shape.isActionLine(line), line);
    }

    @Test
    void personalVoice_firstOrSecondPersonExclamationOrAddressee() {
        assertTrue(shape.personalVoice("You are wrong, the rebels fired first.", Set.of()));
        assertTrue(shape.personalVoice("They hit it twice, I heard both blasts.", Set.of()));
        assertTrue(shape.personalVoice("Nobody reports it!", Set.of()));
        assertTrue(shape.personalVoice("@margo77 not sure", Set.of()));
        assertTrue(shape.personalVoice("Omar, stay safe.", Set.of("Omar")));
        assertFalse(shape.personalVoice("However, the army denied the report.", Set.of("Omar")));
        assertFalse(shape.personalVoice("Jets struck the main water station on Wednesday.", Set.of()));
    }

    @Test
    void parse_unknownKind_failsNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommentShape.parse(List.of("# c", "action\treply", "verb\tsay"), "x.tsv"));
        assertTrue(e.getMessage().startsWith("x.tsv:3:"), e.getMessage());
    }

    @Test
    void parse_missingKindOrUpperCase_fails() {
        assertThrows(IllegalArgumentException.class, () -> CommentShape.parse(List.of("action\treply"), "x.tsv"));
        assertThrows(IllegalArgumentException.class, () -> CommentShape.parse(
                List.of("action\tReply", "header\tsays", "unit\tday", "person\ti"), "x.tsv"));
    }
}
