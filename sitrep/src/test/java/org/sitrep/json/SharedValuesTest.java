package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strings found by their UTF-8 bytes: always the right text, and one copy of a text seen again. */
class SharedValuesTest {
    /** Property: many random texts (far more than the recent slots, so slots are overwritten) read back right. */
    @Test
    void textOfBytes_isTheText_andOneCopyOfIt() {
        SharedValues shared = new SharedValues();
        Random r = new Random(5);
        String[] pieces = {"a", "Ḩ", "حلب", "\uD83D\uDCA5", "Tall", " ", "'"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(6); k >= 0; k--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            byte[] padded = new byte[utf8.length + 7];
            System.arraycopy(utf8, 0, padded, 3, utf8.length);
            String read = shared.text(padded, 3, utf8.length);
            assertEquals(t, read);
            assertSame(read, shared.text(utf8, 0, utf8.length), "a text seen again is the kept copy");
        }
        assertEquals("", shared.text(new byte[4], 2, 0));
    }
}
