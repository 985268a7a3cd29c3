package org.sitrep.knowledge.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-edit index answers exactly what comparing with every key answers, in the same order. */
class OneEditIndexTest {

    @Test
    void within_randomKeysOverASmallAlphabet_sameAsComparingWithEveryKey() {
        Random random = new Random(7);
        Set<String> keys = new LinkedHashSet<>();
        while (keys.size() < 3000) {
            keys.add(word(random, 1 + random.nextInt(8)));
        }
        OneEditIndex index = new OneEditIndex(keys);
        List<String> probes = new ArrayList<>(keys).subList(0, 300);
        List<String> all = new ArrayList<>(probes);
        for (int i = 0; i < 700; i++) {
            all.add(word(random, 1 + random.nextInt(9)));
        }
        for (String probe : all) {
            List<String> expected = new ArrayList<>();
            for (String k : keys) {
                if (Math.abs(k.length() - probe.length()) <= 1 && Gazetteer.withinOneEdit(probe, k)) {
                    expected.add(k);
                }
            }
            assertEquals(expected, index.within(probe), probe);
        }
    }

    @Test
    void within_editAtEitherEnd_found() {
        OneEditIndex index = new OneEditIndex(List.of("xnsr", "knsr", "knsrx", "nsr", "kns", "ksnr"));
        assertEquals(List.of("xnsr", "knsr", "knsrx", "nsr", "kns"), index.within("knsr"));
    }

    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append("bkmnrst".charAt(random.nextInt(7)));
        }
        return b.toString();
    }
}
