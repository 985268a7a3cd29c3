package org.sitrep.knowledge;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Latin-ASCII folding for many names and texts: they use a few hundred distinct non-ASCII characters (accented
 * letters, curly quotes, dashes), so each is folded once and remembered, instead of running the rule-based
 * transliterator over every string (it dominated both the gazetteer's load and lexicon scans of news text). A
 * character is remembered with what it folds to alone (one character, several like an ellipsis's three dots, or
 * itself like a bullet) when that folding is the same whatever letters stand around it; a name holding a
 * combining mark or any other character goes through the transliterator whole, so results equal
 * {@code Transliterator.getInstance("Latin-ASCII").transliterate(name)} (NameKeysTest checks every name).
 * Thread-safe; {@link #shared()} serves the whole process.
 */
public final class LatinFolder {
    private static final LatinFolder SHARED = new LatinFolder();
    private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    /** Marks a character that must go through the transliterator with its context (compared by identity). */
    private static final String IN_CONTEXT = new String("in context");
    /** Folded form of a character, or {@link #IN_CONTEXT}. */
    private final Map<Character, String> memo = new ConcurrentHashMap<>();

    public static LatinFolder shared() {
        return SHARED;
    }

    public String fold(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                b.append(c);
                continue;
            }
            String f = memo.computeIfAbsent(c, LatinFolder::alone);
            if (f == IN_CONTEXT) {
                return LATIN_ASCII.transliterate(name);
            }
            b.append(f);
        }
        return b.toString();
    }

    /** What a non-ASCII unit folds to, the same between letters of either case; else {@link #IN_CONTEXT}. */
    private static String alone(char c) {
        int type = Character.getType(c);
        if (Character.isSurrogate(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return IN_CONTEXT;
        }
        String f = LATIN_ASCII.transliterate(String.valueOf(c));
        for (String around : new String[] {"a%sa", "A%sA", "a%sA", "A%sa", "%s", " %s ", "1%s1", ".%s."}) {
            String in = around.replace("%s", String.valueOf(c));
            String want = around.replace("%s", f);
            if (!LATIN_ASCII.transliterate(in).equals(want)) {
                return IN_CONTEXT;
            }
        }
        return f;
    }
}
