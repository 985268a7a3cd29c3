package org.sitrep.resolve.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Trying "led" only where the window's trailing blanks begin finds what a search of the whole window finds. */
class LedBeforeTest {
    private static final Pattern WHOLE = Pattern.compile("(?:-|\\s)led\\s*$");

    @Test
    void ledAt_agreesWithFindOverTheWholeWindow() {
        List<String> windows = new ArrayList<>();
        for (String head : List.of("", "the ", "clashes with HTS", "US", "Turkish-backed", "killed ", "led", "-")) {
            for (String tail : List.of("-led", " led", "\nled", "led", "-led ", "-led  \t", "-led\n", "-led\r\n",
                    "-led\u0085", "-led\u0085 ", "-led \u2028", "-led\u2029\u2029", "-led\u00a0", "killed",
                    "-ledger", " led.", "-Led", "", " ", "\n", "- led", "--led")) {
                windows.add(head + tail);
            }
        }
        for (String w : windows) {
            Matcher m = WHOLE.matcher(w);
            int expected = m.find() ? m.start() : -1;
            assertEquals(expected, ActorResolver.ledAt(w), "'" + w + "'");
        }
    }
}
