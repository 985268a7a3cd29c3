package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashBitsTest {
    @Test
    void everyStringItHolds_mayBeHeld_mostOthersNot() {
        Random rnd = new Random(7);
        Set<String> words = new HashSet<>();
        while (words.size() < 5_000) {
            words.add(Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36));
        }
        HashBits sieve = HashBits.of(words, 8);
        words.forEach(w -> assertTrue(sieve.mayHold(w), w));
        int passed = 0;
        for (int i = 0; i < 10_000; i++) {
            String other = "x" + i;
            if (!words.contains(other) && sieve.mayHold(other)) {
                passed++;
            }
        }
        assertTrue(passed < 2_500, passed + " of 10,000 other words passed");
    }

    @Test
    void empty_holdsNothing() {
        assertFalse(HashBits.of(List.of(), 8).mayHold("aleppo"));
        assertFalse(HashBits.of(List.of(), 8).mayHold(""));
    }
}
