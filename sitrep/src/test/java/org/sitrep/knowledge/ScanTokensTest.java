package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanTokensTest {
    @Test
    void asciiText_sameTokensAsFoldingThenSplitting() {
        Random rnd = new Random(13);
        String alphabet = "aZ09 -'.,\n\t_(QxyIS";
        for (int round = 0; round < 2_000; round++) {
            String text = RandomAscii.text(rnd, alphabet, 60);
            int from = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1);
            int to = from + rnd.nextInt(text.length() - from + 1);
            assertEquals(listed(ScanTokens.tokeniseFolded(text, from, to)),
                    listed(ScanTokens.tokeniseAscii(text, from, to)), "'" + text + "' " + from + ".." + to);
        }
    }

    @Test
    void stretchOfARememberedAsciiText_sameTokensAsTokenisingTheStretch() {
        Random rnd = new Random(17);
        String alphabet = "aZ09 -'.,\n\t_(QxyIS";
        for (int round = 0; round < 2_000; round++) {
            String text = RandomAscii.text(rnd, alphabet, 60);
            ScanTokens.of(text, 0, text.length());
            for (int k = 0; k < 3; k++) {
                int from = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1);
                int to = from + rnd.nextInt(text.length() - from + 1);
                assertEquals(listed(ScanTokens.tokeniseAscii(text, from, to)), listed(ScanTokens.of(text, from, to)),
                        "'" + text + "' " + from + ".." + to);
            }
        }
    }

    @Test
    void foldedText_offsetsIntoTheWholeText() {
        String text = "Strikes on Ra’s al-‘Ayn, then ḨAMĀH.";
        ScanTokens t = ScanTokens.of(text, 11, text.length());
        assertEquals(List.of("ra 11 13", "s 14 15", "al 16 18", "ayn 20 23", "then 25 29", "hamah 30 35"), listed(t));
    }

    @Test
    void sameStringAndRange_tokenisedOnce_otherRangeOrEqualCopy_anew() {
        String text = "Shelling hit Deir ez-Zor and Aleppo on Monday.";
        ScanTokens whole = ScanTokens.of(text, 0, text.length());
        ScanTokens stretch = ScanTokens.of(text, 13, 24);
        // a stretch scanned between the whole text's scans does not push the whole text out
        assertSame(whole, ScanTokens.of(text, 0, text.length()));
        assertSame(stretch, ScanTokens.of(text, 13, 24));
        assertNotSame(stretch, ScanTokens.of(text, 13, 23));
        String copy = new String(text.toCharArray());
        ScanTokens ofCopy = ScanTokens.of(copy, 0, copy.length());
        assertNotSame(whole, ofCopy);
        assertEquals(listed(whole), listed(ofCopy));
    }

    private static List<String> listed(ScanTokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.word(i) + " " + t.start(i) + " " + t.end(i));
        }
        return out;
    }
}
