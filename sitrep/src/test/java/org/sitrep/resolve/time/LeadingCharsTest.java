package org.sitrep.resolve.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A pattern's leading characters: every character a match begins with, and not the ones none can. */
class LeadingCharsTest {
    private static final List<String> PATTERNS = List.of("(?i)(?<![\\d.,]\\s?)(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|th)?",
            "(?i)\\b(?:(?:in|on|since)\\s+)?(?<mon>march|may|june)\\b", "(?i)(?:(?:early|late)[\\s-]+|the\\s+)?['’]\\d0s\\b",
            "(?i)(?<a>\\d{1,2})(?<sep>[/.])\\d{1,2}\\k<sep>\\d{4}", "(?i)\\b(?<w>noon|midnight|\\d+\\s*[ap]m)");

    @Test
    void mayLead_someWordsAndDigits_asTheirPatternsBegin() {
        LeadingChars day = LeadingChars.of(Pattern.compile(PATTERNS.get(0)));
        assertTrue(day.mayLead('7') && day.mayLead('t') && day.mayLead('T'));
        assertFalse(day.mayLead('a') || day.mayLead(' ') || day.mayLead('I'));
        LeadingChars month = LeadingChars.of(Pattern.compile(PATTERNS.get(1)));
        assertTrue(month.mayLead('i') && month.mayLead('O') && month.mayLead('s') && month.mayLead('m'));
        assertFalse(month.mayLead('1') || month.mayLead('a') || month.mayLead('\''));
        assertTrue(month.mayLead('é'), "a character beyond ASCII is never ruled out");
        assertTrue(month.mayLead("in March", 0, 8) && month.mayLead("may", 0, 3) && month.mayLead("Mé", 0, 2));
        assertFalse(month.mayLead("more", 0, 4) || month.mayLead("most", 0, 4) || month.mayLead("i.", 0, 2),
                "the second character rules these out");
        assertTrue(month.mayLead("mo", 0, 1), "a match ending after the first character has no second to rule out");
    }

    @Test
    void mayLead_everyMatchInRandomText_begunByALeadingCharacter() {
        Random random = new Random(7);
        String alphabet = "0123456789 ,.-/'’thenoaircmjuyspldwTMENS\t";
        for (String regex : PATTERNS) {
            Pattern pattern = Pattern.compile(regex);
            LeadingChars lead = LeadingChars.of(pattern);
            for (int n = 0; n < 2000; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(30); k >= 0; k--) {
                    text.append(random.nextInt(4) == 0 ? List.of("march", "the ", "in ", "noon", "12 pm", "'90s")
                            .get(random.nextInt(6)) : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
                }
                Matcher m = pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                for (int at = 0; at < text.length(); at++) {
                    m.region(at, text.length());
                    if (m.lookingAt()) {
                        assertTrue(lead.mayLead(text.charAt(at)), regex + " at " + at + " of '" + text + "'");
                        assertTrue(lead.mayLead(text, at, text.length()), regex + " at " + at + " of '" + text + "'");
                    }
                }
            }
        }
    }
}
