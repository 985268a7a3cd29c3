package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void ofAscii_sameKeyAsJoiningTheFoldedTokens() {
        Random rnd = new Random(11);
        String alphabet = "aZ09 -'.,\n\t_(QxyIS@[`{~";
        for (int round = 0; round < 5_000; round++) {
            String name = RandomAscii.text(rnd, alphabet, 30);
            assertEquals(String.join(" ", NameKey.tokens(name)), NameKey.ofAscii(name), "'" + name + "'");
        }
    }

    @Test
    void of_asciiAndFoldedNames() {
        for (String[] c : List.of(new String[] {"  Al-Nusra  Front ", "al nusra front"},
                new String[] {"AL‑NUSRA", "al nusra"}, new String[] {"Ḩamāh", "hamah"}, new String[] {"--", ""},
                new String[] {"", ""}, new String[] {"US-led Coalition (CJTF-OIR)", "us led coalition cjtf oir"})) {
            assertEquals(c[1], NameKey.of(c[0]), c[0]);
        }
    }
}
