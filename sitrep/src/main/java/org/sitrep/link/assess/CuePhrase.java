package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One cue of a lexicon: words in order, a trailing * on a word matching any ending, "..." allowing up to
 * {@link #MAX_GAP} words between parts within one clause. Immutable.
 */
final class CuePhrase {
    static final int MAX_GAP = 5;

    private final String text;
    private final List<List<String>> parts;

    private CuePhrase(String text, List<List<String>> parts) {
        this.text = text;
        this.parts = parts;
    }

    static CuePhrase parse(String phrase) {
        List<List<String>> parts = new ArrayList<>();
        for (String part : phrase.trim().split("\\s*\\.\\.\\.\\s*")) {
            List<String> words = new ArrayList<>();
            for (String raw : part.trim().split("\\s+")) {
                boolean star = raw.endsWith("*");
                List<String> w = CueText.of(star ? raw.substring(0, raw.length() - 1) : raw).tokens();
                if (w.size() != 1) {
                    throw new IllegalArgumentException("cue '" + phrase + "': '" + raw + "' is not one word");
                }
                words.add(w.get(0) + (star ? "*" : ""));
            }
            if (words.contains(CueText.BOUNDARY)) {
                throw new IllegalArgumentException("cue '" + phrase + "' has an empty part or punctuation");
            }
            parts.add(words);
        }
        return new CuePhrase(phrase.trim(), List.copyOf(parts));
    }

    String text() {
        return text;
    }

    /** Token indices where the cue starts in the text (every match). */
    List<Integer> matches(CueText t) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (matchFrom(t, i, 0)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether the cue starts at token {@code at} of the text. */
    boolean matchesAt(CueText t, int at) {
        return matchFrom(t, at, 0);
    }

    /** The cue's first word as written ("captur*" for a stem). */
    String firstWord() {
        return parts.get(0).get(0);
    }

    private boolean matchFrom(CueText t, int at, int part) {
        List<String> words = parts.get(part);
        if (at + words.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!wordMatches(words.get(k), t.get(at + k))) {
                return false;
            }
        }
        int next = at + words.size();
        if (part + 1 == parts.size()) {
            return true;
        }
        for (int gap = 0; gap <= MAX_GAP && next + gap < t.size(); gap++) {
            if (gap > 0 && t.get(next + gap - 1).equals(CueText.BOUNDARY)) {
                return false;
            }
            if (matchFrom(t, next + gap, part + 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean wordMatches(String pattern, String word) {
        if (word.equals(CueText.BOUNDARY)) {
            return false;
        }
        int stem = pattern.length() - 1;
        if (stem >= 0 && pattern.charAt(stem) == '*') {
            // the word starts with the pattern's stem (compared in place: this runs for every cue at every word)
            return word.length() >= stem && word.regionMatches(0, pattern, 0, stem);
        }
        return pattern.equals(word);
    }

    @Override
    public String toString() {
        return text + Arrays.toString(parts.toArray());
    }
}
