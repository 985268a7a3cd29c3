package org.sitrep.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up place-like names (one to three tokens from a syllable set, fixed seed) to grow a lexicon to a
 * gazetteer-like size. They rarely occur in real text, like most of a real gazetteer.
 */
final class SyntheticNames {
    private static final String[] SYLLABLES = {"al", "ba", "dar", "el", "fa", "ha", "ja", "kaf", "la", "ma", "na",
        "qa", "ra", "sa", "ta", "wa", "ya", "za", "der", "tel", "khan", "ain", "bir", "jis", "rum", "shu", "hat",
        "mar", "nab", "kur"};

    private SyntheticNames() {
    }

    static List<String> generate(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int tokens = 1 + rnd.nextInt(3);
            StringBuilder b = new StringBuilder();
            for (int t = 0; t < tokens; t++) {
                if (t > 0) {
                    b.append(' ');
                }
                int syl = 2 + rnd.nextInt(2);
                for (int s = 0; s < syl; s++) {
                    b.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
                }
            }
            out.add(b.toString());
        }
        return out;
    }
}
