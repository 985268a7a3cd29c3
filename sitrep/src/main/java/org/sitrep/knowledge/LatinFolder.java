package org.sitrep.knowledge;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Latin-ASCII folding for many names and texts: they use a few hundred distinct non-ASCII characters (accented
 * letters, curly quotes, dashes), so each is folded once and remembered, instead of running the rule-based
 * transliterator over every string (it dominated both the gazetteer's load and lexicon scans of news text). Only characters that fold alone to one character are remembered, and a
 * name holding a combining mark or anything else goes through the transliterator whole, so results equal
 * {@code Transliterator.getInstance("Latin-ASCII").transliterate(name)} (NameKeysTest checks every name).
 * Thread-safe; {@link #shared()} serves the whole process.
 */
public final class LatinFolder {
    private static final LatinFolder SHARED = new LatinFolder();
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    /** Folded form of a character; '\0' for one that must go through the transliterator with its context. */
    private final Map<Character, Character> memo = new ConcurrentHashMap<>();

    public static LatinFolder shared() {
        return SHARED;
    }

    public String fold(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char f = c < 128 ? c : memo.computeIfAbsent(c, LatinFolder::alone);
            if (f == 0) {
                return LATIN_ASCII.transliterate(name);
            }
            b.append(f);
        }
        return b.toString();
    }

    /** The character a non-ASCII unit folds to, the same between letters of either case; else 0. */
    private static char alone(char c) {
        int type = Character.getType(c);
        if (Character.isSurrogate(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return 0;
        }
        String s = LATIN_ASCII.transliterate(String.valueOf(c));
        if (s.length() != 1 || s.charAt(0) >= 128) {
            return 0;
        }
        char f = s.charAt(0);
        for (String around : new String[] {"a%sa", "A%sA", "a%sA", "A%sa", "%s", " %s "}) {
            String in = around.replace("%s", String.valueOf(c));
            String want = around.replace("%s", String.valueOf(f));
            if (!LATIN_ASCII.transliterate(in).equals(want)) {
                return 0;
            }
        }
        return f;
    }
}
