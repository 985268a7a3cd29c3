package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a cue pattern that {@link Matcher#find()} would find, trying the pattern only where its
 * match can start: every match of a cue begins with one of a few words ("near", "province") or a kind of
 * character, and a regex tried at every character of an article (an alternation of words costs the engine a
 * branch per position) was the dearest part of placing a document's reports. The start test only ever lets
 * through too much, never too little, so the matches are the same (for patterns that match at least one
 * character, as every cue does). Immutable and thread-safe.
 */
final class CueFinder {
    private final Pattern pattern;
    private final Starts starts;

    /** Where a match may start: never past a place the pattern matches at. */
    @FunctionalInterface
    interface Starts {
        /** The first position from {@code from} on where a match may start, or -1 when there is none. */
        int next(String text, int from);
    }

    CueFinder(Pattern pattern, Starts starts) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.starts = Objects.requireNonNull(starts, "starts");
    }

    /** A finder for a pattern whose every match starts with one of {@code words} (lower-case ASCII, any case). */
    static CueFinder startingWith(Pattern pattern, String... words) {
        return new CueFinder(pattern, new Words(false, words)::next);
    }

    /**
     * As {@link #startingWith}, for a pattern opening with {@code \b}: a word's first letter right after an ASCII
     * letter, digit or underscore (a word character however {@code \b} reads it) is no start.
     */
    static CueFinder startingWithWord(Pattern pattern, String... words) {
        return new CueFinder(pattern, new Words(true, words)::next);
    }

    /** A finder for a pattern whose every match starts with an ASCII digit. */
    static CueFinder startingWithDigit(Pattern pattern) {
        return new CueFinder(pattern, (text, from) -> {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    return i;
                }
            }
            return -1;
        });
    }

    Pattern pattern() {
        return pattern;
    }

    /** Every match, left to right, as successive {@code find()} calls give them. */
    List<MatchResult> all(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = matcher(text);
        int n = text.length();
        int at = starts.next(text, 0);
        while (at >= 0 && at < n) {
            m.region(at, n);
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                at = m.end() > at ? m.end() : at + 1;
            } else {
                at++;
            }
            at = at < n ? starts.next(text, at) : -1;
        }
        return out;
    }

    /** Whether the pattern matches anywhere in {@code text}, as {@code find()} would tell. */
    boolean any(String text) {
        Matcher m = matcher(text);
        int n = text.length();
        for (int at = starts.next(text, 0); at >= 0 && at < n; at = at + 1 < n ? starts.next(text, at + 1) : -1) {
            m.region(at, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private Matcher matcher(String text) {
        // the pattern sees the whole text around the start it is tried at: \b and look-behind as in find()
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Lower-case ASCII words, found at a position as the regex flag {@code (?i)} finds them (ASCII letters in either
     * case): a table of first letters answers for most positions at once.
     */
    static final class Words {
        private final boolean wordStart;
        /**
         * The words by their first letter, in either case (null where none begins): a position is compared only with
         * the words its letter begins, not with every word of the list.
         */
        private final String[][] byFirst = new String[128][];

        /** {@code wordStart}: only where no ASCII word character comes right before. */
        Words(boolean wordStart, String... words) {
            this.wordStart = wordStart;
            for (String w : words) {
                if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    throw new IllegalArgumentException("not a lower-case ASCII word: '" + w + "'");
                }
                add(w.charAt(0), w);
                add(Character.toUpperCase(w.charAt(0)), w);
            }
        }

        private void add(char first, String word) {
            String[] old = byFirst[first];
            String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = word;
            byFirst[first] = grown;
        }

        /** Whether one of the words starts at {@code at} of {@code text}. */
        boolean startAt(String text, int at) {
            char c = text.charAt(at);
            String[] words = c < 128 ? byFirst[c] : null;
            if (words == null) {
                return false;
            }
            for (String w : words) {
                if (at + w.length() <= text.length() && startsWith(text, at, w)) {
                    return true;
                }
            }
            return false;
        }

        /** The first position from {@code from} on where one of the words starts, or -1. */
        int next(String text, int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128 && byFirst[c] != null && !(wordStart && i > 0 && asciiWordChar(text.charAt(i - 1)))
                        && startAt(text, i)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean asciiWordChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }

        private static boolean startsWith(String text, int at, String w) {
            for (int i = 0; i < w.length(); i++) {
                // setting the case bit maps 'A'-'Z' onto 'a'-'z' and nothing else onto a lower-case letter
                if ((text.charAt(at + i) | 0x20) != w.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
