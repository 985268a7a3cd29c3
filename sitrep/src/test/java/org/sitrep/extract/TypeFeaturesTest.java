package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypeFeaturesTest {
    private static double norm(float[] v, int from) {
        double s = 0;
        for (int i = from; i < v.length; i++) {
            s += v[i] * v[i];
        }
        return Math.sqrt(s);
    }

    @Test
    void of_noBuckets_theVectorAlone() {
        float[] e = {0.6f, 0.8f};
        assertArrayEquals(e, TypeFeatures.of(e, "Troops shelled the village.", 0));
    }

    @Test
    void of_stemsHashed_unitLengthAfterTheVector() {
        float[] f = TypeFeatures.of(new float[] {1f, 0f}, "Troops shelled the village.", 64);
        assertEquals(66, f.length);
        assertEquals(1.0, f[0]);
        assertEquals(1.0, norm(f, 2), 1e-6);
    }

    @Test
    void of_inflectionsMeet_sameBuckets() {
        float[] a = TypeFeatures.of(new float[] {0f}, "shelled towns", 512);
        float[] b = TypeFeatures.of(new float[] {0f}, "shelling town", 512);
        assertArrayEquals(a, b);
    }

    @Test
    void of_noWordOfThreeLetters_zeroLexicalPart() {
        assertEquals(0.0, norm(TypeFeatures.of(new float[] {0f}, "a 12 of", 16), 1));
    }

    @Test
    void of_cues_appendedAfterTheStems() {
        float[] cues = {0.5f, 0f, 1f};
        float[] f = TypeFeatures.of(new float[] {1f, 0f}, "Troops shelled the village.", 16, cues);
        assertEquals(2 + 16 + 3, f.length);
        assertEquals(1.0, norm(java.util.Arrays.copyOfRange(f, 0, 18), 2), 1e-6);
        assertArrayEquals(cues, java.util.Arrays.copyOfRange(f, 18, 21));
    }
}
