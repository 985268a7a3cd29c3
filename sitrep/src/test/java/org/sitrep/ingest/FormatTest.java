package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void of_extensions_decideMarkup() {
        assertEquals(Format.HTML, Format.of("a/page.HTM", "plain words"));
        assertEquals(Format.MARKDOWN, Format.of("notes.md", "plain words"));
        assertEquals(Format.PLAIN, Format.of("notes.txt", "plain words, no markup at all."));
    }

    @Test
    void of_textFileStartingWithDoctype_isHtml() {
        assertEquals(Format.HTML, Format.of("saved.txt", "\n<!DOCTYPE html><html><body>x</body></html>"));
    }

    @Test
    void visiblyMarkdown_linksOrHeadings_true() {
        assertTrue(Format.visiblyMarkdown("Said the [ministry](#) on Monday."));
        assertTrue(Format.visiblyMarkdown("# A heading\n\nText."));
        assertTrue(Format.visiblyMarkdown("It was **very** bad and *quite* sudden."));
    }

    @Test
    void visiblyMarkdown_plainProseWithStrayMarks_false() {
        assertFalse(Format.visiblyMarkdown("Prices rose 5 * 3 percent [sic] and #hashtags spread."));
        assertFalse(Format.visiblyMarkdown("One *footnote mark only."));
    }

    /** Found by fuzzing: thousands of leading comments overflowed the stack of the regex that skipped them. */
    @Test
    void of_thousandsOfCommentsBeforeTheHtmlTag_htmlWithoutOverflowingTheStack() {
        String comments = "<!---->\n".repeat(8_000);
        assertEquals(Format.HTML, Format.of("page", comments + "<html><body><p>x</p></body></html>"));
        assertEquals(Format.PLAIN, Format.of("page", comments + "plain words after the comments."));
        assertEquals(Format.HTML, Format.of("page", "  <!-- a --> <!-- b -->\n<!DOCTYPE html><p>x</p>"));
        assertEquals(Format.PLAIN, Format.of("page", "<!-- never closed <html>"));
    }
}
