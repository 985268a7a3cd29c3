package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
    private final SentenceEncoder enc = SentenceEncoder.Kind.MINILM.get();

    /**
     * Regression: the shipped type weights were trained on the vectors LangChain4j's runner of this model gave (mean of
     * every token's last-layer vector, start and end pieces included); our own runner must give the same ones. The
     * first eight values of one sentence's vector, as that runner gave them.
     */
    @Test
    void vector_isTheOneTheWeightsWereTrainedOn() {
        float[] v = enc.encode("Jets struck the town on Monday.");
        float[] expected = {0.00766f, -0.01241f, -0.02207f, 0.06086f, 0.05008f, 0.03057f, -0.04853f, 0.03932f};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], v[i], 1e-4, "component " + i);
        }
        assertEquals(384, v.length);
    }

    @Test
    void vector_hasUnitLength() {
        double norm = 0;
        for (float x : enc.encode("Protesters gathered outside the governor's office.")) {
            norm += x * x;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-5);
    }

    /** The model has 512 positions, and one run over more fails: a longer text is read in windows. */
    @Test
    void aTextLongerThanTheModelsPositions_isEncoded_nearItsOwnWords() {
        String part = "Militants attacked an army checkpoint near the town and killed two soldiers. ";
        float[] whole = enc.encode(part.repeat(60));
        double same = cos(whole, enc.encode(part.repeat(5)));
        double other = cos(whole, enc.encode("The central bank raised interest rates by half a point."));
        assertTrue(same > 0.75 && same > other + 0.3, "cosine " + same + " against " + other);
    }

    private static double cos(float[] a, float[] b) {
        double c = 0;
        for (int i = 0; i < a.length; i++) {
            c += a[i] * b[i];
        }
        return c;
    }

    @Test
    void blankText_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> enc.encode("  "));
    }
}
