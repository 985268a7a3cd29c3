package org.sitrep.resolve.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ASCII characters a pattern's match may begin with, found once by asking the pattern itself: a rule of the time
 * grammar is then not tried where the text's character can begin none of its matches, which is most token starts
 * for most rules (a month rule near a number, a year rule at a word). Any other character may begin a match.
 * Immutable.
 * <p>
 * A character is ruled out only when matching the pattern at it fails without the matcher reaching past it
 * ({@link Matcher#hitEnd()} false): then no text going on from that character can match there either. The probe has
 * no text before the character; the patterns look behind only to rule matches out (negative look-behinds and word
 * bounds), so text before it can only make a match fail, never succeed where the probe failed.
 */
final class LeadingChars {
    private final long[] ascii = new long[2];

    private LeadingChars() {
    }

    static LeadingChars of(Pattern pattern) {
        LeadingChars lead = new LeadingChars();
        for (char c = 0; c < 128; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            if (m.lookingAt() || m.hitEnd()) {
                lead.ascii[c >>> 6] |= 1L << c;
            }
        }
        return lead;
    }

    /** False only for a character no match of the pattern begins with. */
    boolean mayLead(char c) {
        return c >= 128 || (ascii[c >>> 6] & (1L << c)) != 0;
    }
}
