package org.sitrep.resolve.time;

import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * A wire story's dateline at the head of its first paragraph ("ALEPPO, March 4, 2015 -", "BEIRUT, Oct 22 (Reuters)
 * -"): the day the story was filed, not the day of what it tells. A date there dates an event only when its sentence
 * names no other day ("... attacked army positions on 3 March" is the 3rd, whatever the dateline says).
 */
final class WireDateline {
    /** What may stand before the date on its line: a place name and a comma ("ALEPPO, ", "Deir ez-Zor, "), or nothing. */
    private static final Pattern BEFORE = Pattern.compile("(?:\\s*\\p{Lu}[\\p{L}'\u2019 .-]{0,40},)?\\s*");
    /** What follows the date: an outlet in brackets, then the dash (or colon) that opens the story. */
    private static final Pattern AFTER = Pattern.compile("\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?[-\u2013\u2014:]\\s.*",
            Pattern.DOTALL);
    /** How far from its line's start a dateline's date may stand, and how far after it the dash may come. */
    private static final int REACH = 48;

    private WireDateline() {
    }

    /** Whether the expression at {@code s} is the date of a dateline opening its line. */
    static boolean holds(String text, Span s) {
        int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
        if (s.start() - lineStart > REACH || !BEFORE.matcher(text.substring(lineStart, s.start())).matches()) {
            return false;
        }
        int end = Math.min(text.length(), s.end() + REACH);
        return AFTER.matcher(text.substring(s.end(), end)).matches();
    }
}
