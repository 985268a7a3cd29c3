package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstWordSieveTest {
    @Test
    void everyWordItHolds_mayStart_mostOthersNot() {
        Random rnd = new Random(7);
        Set<String> words = new HashSet<>();
        while (words.size() < 5_000) {
            words.add(Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36));
        }
        FirstWordSieve sieve = FirstWordSieve.of(words);
        words.forEach(w -> assertTrue(sieve.mayStart(w), w));
        int passed = 0;
        for (int i = 0; i < 10_000; i++) {
            String other = "x" + i;
            if (!words.contains(other) && sieve.mayStart(other)) {
                passed++;
            }
        }
        assertTrue(passed < 2_500, passed + " of 10,000 other words passed");
    }

    @Test
    void empty_startsNothing() {
        assertFalse(FirstWordSieve.of(List.of()).mayStart("aleppo"));
        assertFalse(FirstWordSieve.of(List.of()).mayStart(""));
    }
}
