package org.sitrep.knowledge;

import java.util.Random;

/** Random ASCII texts for the property tests of the ASCII fast paths: half from a chosen alphabet, half any byte. */
final class RandomAscii {
    private RandomAscii() {
    }

    /** Up to {@code maxLength - 1} characters. */
    static String text(Random rnd, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        int len = rnd.nextInt(maxLength);
        for (int i = 0; i < len; i++) {
            b.append(rnd.nextBoolean() ? alphabet.charAt(rnd.nextInt(alphabet.length())) : (char) rnd.nextInt(128));
        }
        return b.toString();
    }
}
