package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CuesTest {
    private static List<String> fileLines() throws IOException {
        try (InputStream in = Cues.class.getResourceAsStream(Cues.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void standard_dataFileParses_everyKindPresent() {
        Cues c = Cues.standard();
        for (Cues.Kind k : Cues.Kind.values()) {
            boolean any = !c.all(k).isEmpty() || c.tokenCount(k) > 0;
            assertTrue(any, "no cue of kind " + k);
        }
    }

    @Test
    void dataFile_noDuplicatePatternsWithinAKind() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String line : fileLines()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t+| {2,}", 4);
            assertTrue(seen.add(cols[0] + "|" + cols[3].strip()), "duplicate cue: " + l);
        }
    }

    @Test
    void dataFile_unanchoredRegexesStartWithALiteral() {
        for (Cues.Kind k : Cues.Kind.values()) {
            for (Cues.Cue c : Cues.standard().all(k)) {
                if (c.match() == Cues.Match.REGEX && !c.anchored()) {
                    assertTrue(Character.isLetter(c.pattern().charAt(0)), "slow unanchored cue, line " + c.line());
                }
            }
        }
    }

    @Test
    void find_typicalFurniture_matchedWithLabels() {
        Cues c = Cues.standard();
        assertEquals("menu", c.find(Cues.Kind.BOILERPLATE, "Menu  Close").orElseThrow().cue().label());
        assertEquals("caption", c.find(Cues.Kind.BOILERPLATE, "image-Fighters on a hill").orElseThrow().cue().label());
        assertEquals("related", c.find(Cues.Kind.BOILERPLATE, "Latest News:").orElseThrow().cue().label());
        assertEquals("copyright", c.find(Cues.Kind.END, "Copyright © Someone, 2015").orElseThrow().cue().label());
        assertTrue(c.find(Cues.Kind.COMMENT_AREA, "12 Comments").isPresent());
        assertFalse(c.find(Cues.Kind.BOILERPLATE, "The menu of options before the council was short.").isPresent());
    }

    @Test
    void find_republicationNote_capturesOriginalNameInItsCase() {
        Cues.Hit h = Cues.standard().find(Cues.Kind.REPUBLISHED,
                "The original source of this article is Riverside Notes Copyright © Riverside Notes, 2017")
                .orElseThrow();
        assertEquals("Riverside Notes", h.name());
        assertEquals("Field Journal", Cues.standard().find(Cues.Kind.REPUBLISHED,
                "This article was originally published on Field Journal.").orElseThrow().name());
    }

    @Test
    void tokenLabel_classTokens_andQuoteIntroWords() {
        assertEquals("nav", Cues.standard().tokenLabel(Cues.Kind.HTML_BOILERPLATE, "Breadcrumb"));
        assertEquals("comments", Cues.standard().tokenLabel(Cues.Kind.HTML_COMMENT, "comments"));
        assertTrue(Cues.standard().tokenLabel(Cues.Kind.QUOTE_INTRO, "said") != null);
        assertNull(Cues.standard().tokenLabel(Cues.Kind.QUOTE_INTRO, "included"));
    }

    @Test
    void parse_malformedLines_failNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cues.parse(List.of("# c", "boilerplate\tmenu\texact")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cues.parse(List.of("nonsense\tx\texact\ty")));
        assertThrows(IllegalArgumentException.class, () -> Cues.parse(List.of("end\tx\tregex\t(unclosed")));
        assertThrows(IllegalArgumentException.class, () -> Cues.parse(List.of("end\tx\texact\tUpper")));
        assertThrows(IllegalArgumentException.class, () -> Cues.parse(List.of("republished\tx\tregex\t^no group")));
        assertThrows(IllegalArgumentException.class, () -> Cues.parse(List.of("quote-intro\tx\texact\tsaid")));
    }
}
