package org.sitrep.knowledge;

import com.ibm.icu.text.Transliterator;

/**
 * Latin-ASCII folding for many names and texts: they use a few hundred distinct non-ASCII characters (accented
 * letters, curly quotes, dashes), and each folds the same wherever it stands, so each is folded from a table
 * computed at build time ({@link LatinFoldTable}) instead of running the rule-based transliterator over every
 * string (it dominated both the gazetteer's load and lexicon scans of news text, and building it was a sixth of
 * a cold start). A name holding a combining mark, a surrogate or another character whose folding depends on its
 * neighbours goes through the transliterator whole, so results equal
 * {@code Transliterator.getInstance("Latin-ASCII").transliterate(name)} (NameKeysTest checks every name).
 * Thread-safe; {@link #shared()} serves the whole process.
 */
public final class LatinFolder {
    private static final LatinFolder SHARED = new LatinFolder();

    /** Built on the first name that needs it: most runs never meet one. */
    private static final class Icu {
        static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");
    }

    private final LatinFoldTable table;

    public LatinFolder() {
        this(LatinFoldTable.shipped());
    }

    LatinFolder(LatinFoldTable table) {
        this.table = table;
    }

    public static LatinFolder shared() {
        return SHARED;
    }

    /** Whether Latin-ASCII keeps the unit as it is wherever it stands. */
    public boolean keeps(char c) {
        return c < 128 || table.keeps(c);
    }

    public String fold(String name) {
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            String f = table.fold(c);
            if (f == null) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (f == LatinFoldTable.IN_CONTEXT) {
                return Icu.LATIN_ASCII.transliterate(name);
            }
            if (b == null) {
                b = new StringBuilder(name.length()).append(name, 0, i);
            }
            b.append(f);
        }
        return b == null ? name : b.toString();
    }
}
