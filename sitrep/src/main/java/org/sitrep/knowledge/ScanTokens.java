package org.sitrep.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The folded tokens of {@code text[from, to)} as every {@link PhraseLexicon} scans them, with offsets relative to
 * {@code from}. Immutable.
 * <p>
 * Resolving a document scans its whole text with several lexicons (toponyms, organisation names, actor names,
 * generic phrases, country cues) and extraction scans each sentence with two; the tokens depend on the text alone,
 * so the last text tokenised is remembered and the next lexicon reuses its tokens (and their cached hash codes)
 * instead of folding and splitting it again. Two slots: one for whole strings (a document's text) and one for
 * stretches of a string (sentences), so scanning sentences between a document's whole-text scans does not push the
 * document out. The key is the same string object and range, so a remembered answer is always the one tokenising
 * would give. Each slot is an atomic reference to an immutable value: threads scanning different texts only miss.
 * At most two texts are kept alive by the slots (the last of each kind), until the next scan replaces them. A stretch
 * of the string whose whole (ASCII) text is remembered is read off the whole text's tokens instead of the text.
 */
final class ScanTokens {
    private static final AtomicReference<ScanTokens> LAST_WHOLE = new AtomicReference<>();
    private static final AtomicReference<ScanTokens> LAST_STRETCH = new AtomicReference<>();

    private final String text;
    private final int from;
    private final int to;
    /** Folded token strings and their [start, end) offsets relative to {@code from}. */
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    /** Whether the tokens were read off ASCII text (lower-cased letter by letter, offsets as they are). */
    private final boolean ascii;

    private ScanTokens(String text, int from, int to, String[] words, int[] starts, int[] ends, boolean ascii) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.ascii = ascii;
    }

    /** The tokens of {@code text[from, to)}, remembered from the last call with the same string and range if any. */
    static ScanTokens of(String text, int from, int to) {
        AtomicReference<ScanTokens> slot = from == 0 && to == text.length() ? LAST_WHOLE : LAST_STRETCH;
        ScanTokens last = slot.get();
        if (last != null && last.text == text && last.from == from && last.to == to) {
            return last;
        }
        ScanTokens made = null;
        if (slot == LAST_STRETCH) {
            ScanTokens whole = LAST_WHOLE.get();
            if (whole != null && whole.text == text && whole.ascii) {
                made = whole.stretch(from, to);
            }
        }
        if (made == null) {
            made = tokenise(text, from, to);
        }
        slot.set(made);
        return made;
    }

    /**
     * The tokens of {@code text[from, to)} read off these tokens of the whole ASCII text: what tokenising the stretch
     * gives (a word the stretch cuts is cut too). Resolving a document scans its sentences again after its whole
     * text, and the stretch slot has long since been taken by other sentences; the words shared with the whole text
     * are the same strings, their hash codes already known.
     */
    private ScanTokens stretch(int from, int to) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) { // the first token ending after from
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int last = lo;
        while (from < to && last < starts.length && starts[last] < to) {
            last++;
        }
        int n = Math.max(0, last - lo);
        String[] w = new String[n];
        int[] s = new int[n];
        int[] e = new int[n];
        for (int k = 0; k < n; k++) {
            int j = lo + k;
            int start = Math.max(starts[j], from);
            int end = Math.min(ends[j], to);
            w[k] = start == starts[j] && end == ends[j] ? words[j] : text.substring(start, end).toLowerCase(Locale.ROOT);
            s[k] = start - from;
            e[k] = end - from;
        }
        return new ScanTokens(text, from, to, w, s, e, true);
    }

    private static ScanTokens tokenise(String text, int from, int to) {
        if (NameKey.ascii(text, from, to)) {
            return tokeniseAscii(text, from, to);
        }
        return tokeniseFolded(text, from, to);
    }

    /** Folds the region ({@link NameKey#fold}) and splits it ({@link NameKey#tokenize}): any text. */
    static ScanTokens tokeniseFolded(String text, int from, int to) {
        String region = NameKey.fold(text.substring(from, to));
        // folding may change length for rare characters; then the tokens are only lower-cased, so offsets hold
        if (region.length() != to - from) {
            region = text.substring(from, to).toLowerCase(Locale.ROOT);
        }
        List<NameKey.Token> toks = NameKey.tokenize(region);
        int n = toks.size();
        String[] words = new String[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            NameKey.Token t = toks.get(i);
            words[i] = t.text();
            starts[i] = t.start();
            ends[i] = t.end();
        }
        return new ScanTokens(text, from, to, words, starts, ends, false);
    }

    /**
     * The same tokens as folding the region and splitting it, without copying the region twice first: an ASCII
     * text folds to its lower case character by character, which keeps letters and digits what they were.
     */
    static ScanTokens tokeniseAscii(String text, int from, int to) {
        AsciiRuns r = new AsciiRuns(text, from, Math.max(4, (to - from) / 5));
        NameKey.runs(text, from, to, r);
        return new ScanTokens(text, from, to, Arrays.copyOf(r.words, r.n), Arrays.copyOf(r.starts, r.n),
                Arrays.copyOf(r.ends, r.n), true);
    }

    /** The lower-cased runs of an ASCII region, with offsets from its start, in arrays that grow as needed. */
    private static final class AsciiRuns implements NameKey.RunSink {
        private final String text;
        private final int from;
        private String[] words;
        private int[] starts;
        private int[] ends;
        private int n;

        AsciiRuns(String text, int from, int cap) {
            this.text = text;
            this.from = from;
            this.words = new String[cap];
            this.starts = new int[cap];
            this.ends = new int[cap];
        }

        @Override
        public void run(int start, int end) {
            if (n == words.length) {
                words = Arrays.copyOf(words, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            words[n] = text.substring(start, end).toLowerCase(Locale.ROOT);
            starts[n] = start - from;
            ends[n] = end - from;
            n++;
        }
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return words[i];
    }

    /** Start of token {@code i} in the whole text. */
    int start(int i) {
        return from + starts[i];
    }

    /** End of token {@code i} in the whole text. */
    int end(int i) {
        return from + ends[i];
    }
}
