package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/**
 * Regression: an ingest started from a long class path died of a silent SIGSEGV inside the encoder, whose native code
 * ran out of the caller's thread stack. Encoding now runs on the encoder's own large-stack threads, so a caller with a
 * small stack gets the same vector as the main thread.
 */
class SentenceEncoderStackTest {
    @Test
    void encode_fromAThreadWithASmallStack_sameVector() throws InterruptedException {
        String s = "Jets struck the town on Monday.";
        float[] main = SentenceEncoder.Kind.MINILM.get().encode(s);
        float[][] small = new float[1][];
        Thread t = new Thread(null, () -> small[0] = SentenceEncoder.Kind.MINILM.get().encode(s), "small-stack",
                256 * 1024);
        t.start();
        t.join();
        assertNotNull(small[0]);
        assertArrayEquals(main, small[0]);
    }
}
