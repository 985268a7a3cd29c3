package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingCharsTableTest {
    @Test
    void shipped_holdsEveryPatternOfTheStandardGrammar_asProbed() {
        List<Pattern> patterns = new TimeGrammar(TimeLexicon.standard()).rules().patterns();
        assertTrue(patterns.size() > 20, "rules: " + patterns.size());
        for (Pattern p : patterns) {
            LeadingChars shipped = LeadingCharsTable.shipped().get(p);
            assertNotNull(shipped, "leading-chars.tsv lacks a pattern: run scripts/time-rules.sh");
            assertEquals(LeadingChars.probe(p).encode(), shipped.encode(), p.pattern());
        }
    }

    @Test
    void encodeDecode_roundTrip_andTheBitsSayWhatMayLead() {
        LeadingChars probed = LeadingChars.probe(Pattern.compile("(?i)\\b(?:mon|tue)day"));
        LeadingChars back = LeadingChars.decode(probed.encode());
        assertEquals(probed.encode(), back.encode());
        assertTrue(back.mayLead('m'));
        assertTrue(back.mayLead('T'));
        assertTrue(back.mayLead('\u00e9'), "beyond ASCII anything may lead");
        assertTrue(!back.mayLead('x') && !back.mayLead('1'));
        assertTrue(back.mayLead("monday", 0, 6));
        assertTrue(back.mayLead("mo", 0, 2));
        assertTrue(!back.mayLead("mr", 0, 2), "no match begins with 'mr'");
    }

    @Test
    void get_patternNotInTable_null() {
        assertNull(LeadingCharsTable.shipped().get(Pattern.compile("(?i)no such rule")));
    }

    @Test
    void parse_badRows_nameFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LeadingCharsTable.parse(List.of(LeadingCharsTable.HEADER, "abc 0 0"), "t.tsv"));
        assertEquals("t.tsv line 2: expected 2 tab-separated columns, found 1", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> LeadingCharsTable.parse(List.of(LeadingCharsTable.HEADER, "abc\t0000000000000000 0000000000000002"),
                        "t.tsv"));
        assertEquals("t.tsv line 2: too few hex words for the leading characters", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> LeadingCharsTable.parse(List.of("abc\t0 0"), "t.tsv"));
        assertEquals("t.tsv: expected a header row starting with 'pattern'", e.getMessage());
    }
}
