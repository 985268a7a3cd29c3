package org.sitrep.link.assess.syndication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The streamed minima equal those of the whole text folded at once and split into a list of words. */
class ShingleSketchTest {
    /** The fingerprint as it was computed before streaming: fold the whole text, list its words, hash shingles. */
    static int[] wholeTextMinima(String text) {
        List<String> words = new ArrayList<>();
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        int[] mins = new int[Fingerprint.HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        if (words.isEmpty()) {
            return mins;
        }
        byte[][] ring = new byte[words.size()][];
        int[] lengths = new int[words.size()];
        long[] values = new long[Fingerprint.HASHES];
        int n = Math.max(1, words.size() - Fingerprint.SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            int to = Math.min(words.size(), i + Fingerprint.SHINGLE);
            byte[][] slots = new byte[Fingerprint.SHINGLE][];
            int[] slotLengths = new int[Fingerprint.SHINGLE];
            for (int k = i; k < to; k++) {
                byte[] b = words.get(k).getBytes(StandardCharsets.UTF_8);
                slots[k % Fingerprint.SHINGLE] = b;
                slotLengths[k % Fingerprint.SHINGLE] = b.length;
            }
            Fingerprint.lowerMinima(Fingerprint.shingleHash(slots, slotLengths, i, to), values, mins);
        }
        return mins;
    }

    @Provide
    Arbitrary<String> mixedText() {
        // letters of several scripts, Greek capital sigma, combining marks, no-break and ASCII spaces, a surrogate
        // pair and a lone surrogate: the characters where folding a piece could differ from folding the whole
        return Arbitraries.strings()
                .withChars("aZ9 \n\t.,'-ΣσςΑλφα\u0301\u0316\u0327\u00A0\u2009ﬁéÉİßدمشق\uD835\uDC00\uD800")
                .ofMaxLength(200);
    }

    @Property
    void minima_smallPieces_equalWholeText(@ForAll("mixedText") String text, @ForAll @IntRange(min = 1, max = 9)
            int piece) {
        int[] streamed = new ShingleSketch(piece).add(text, 0, text.length()).minima();
        assertArrayEquals(wholeTextMinima(text), streamed, text);
    }

    @Property
    void minima_anyText_equalWholeText(@ForAll String text) {
        assertArrayEquals(wholeTextMinima(text), new ShingleSketch(3).add(text, 0, text.length()).minima());
    }

    @Test
    void minima_longTextAcrossDefaultPieces_equalWholeText() {
        StringBuilder b = new StringBuilder();
        String[] words = {"ΣΑΣ", "Dayr", "az-Zawr", "Café", "ﬁnal", "قصف", "e\u0301", "\u00A0", "Σ.", "ΑΣ,"};
        for (int i = 0; b.length() < 3 * ShingleSketch.PIECE; i++) {
            b.append(words[(i * 7) % words.length]).append(i % 13 == 0 ? "\n" : " ");
        }
        String text = b.toString();
        assertArrayEquals(wholeTextMinima(text), new ShingleSketch().add(text, 0, text.length()).minima());
    }

    @Test
    void minima_sectionsSeparated_equalTextsJoinedByNewline() {
        String a = "Warplanes struck the market in the town";
        String b = "of Saraqib on Tuesday, the monitor said";
        int[] joined = wholeTextMinima(a + "\n" + b + "\n");
        ShingleSketch sketch = new ShingleSketch();
        sketch.add(a, 0, a.length()).separate().add(b, 0, b.length()).separate();
        assertArrayEquals(joined, sketch.minima());
    }
}
