package org.sitrep.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The learned type model's input for one text: the sentence encoder's vector, followed (when the weights ask for
 * them) by the text's word stems hashed into a fixed number of buckets. The encoder reads meaning but blurs the exact
 * words that separate neighbouring types ("dispersed", "stormed", "abducted"); the stems keep them. The same
 * function builds the training rows and the runtime input, so they cannot drift apart. Last come the {@link RuleCues}
 * when the weights were trained with them: what the trigger rules read from the text's structure (their vote per
 * type, whether the target is armed or civilian, whether a crowd met force), which neither the vector nor the stems
 * see.
 */
public final class TypeFeatures {
    private TypeFeatures() {
    }

    /**
     * @param embedding the encoder's unit vector of the text
     * @param buckets how many hashed stem features to add (0 for the vector alone)
     */
    public static float[] of(float[] embedding, String text, int buckets) {
        return of(embedding, text, buckets, new float[0]);
    }

    /**
     * @param embedding the encoder's unit vector of the text
     * @param buckets how many hashed stem features to add (0 for none)
     * @param cues the rules' cues of the text ({@link RuleCues#of}), appended as they are (empty for none)
     */
    public static float[] of(float[] embedding, String text, int buckets, float[] cues) {
        float[] out = new float[embedding.length + buckets + cues.length];
        System.arraycopy(embedding, 0, out, 0, embedding.length);
        System.arraycopy(cues, 0, out, embedding.length + buckets, cues.length);
        if (buckets == 0) {
            return out;
        }
        Set<Integer> hit = new HashSet<>();
        for (Token t : Tokenizer.tokenize(text, 0, text.length())) {
            String w = t.lower();
            if (t.isWord() && w.length() >= 3) {
                // String.hashCode is fixed by the language specification, so buckets never move between JVMs
                hit.add(Math.floorMod(stem(w).hashCode(), buckets));
            }
        }
        // unit length like the embedding, so neither part drowns the other whatever the text's length
        float v = hit.isEmpty() ? 0 : (float) (1 / Math.sqrt(hit.size()));
        for (int b : hit) {
            out[embedding.length + b] = v;
        }
        return out;
    }

    /** Plural and verb endings dropped, so "shelled", "shelling" and "shells" meet. */
    static String stem(String w) {
        for (String suf : new String[] {"ings", "ing", "ied", "ies", "ed", "es", "s"}) {
            if (w.length() > suf.length() + 3 && w.endsWith(suf)) {
                return w.substring(0, w.length() - suf.length());
            }
        }
        return w;
    }
}
