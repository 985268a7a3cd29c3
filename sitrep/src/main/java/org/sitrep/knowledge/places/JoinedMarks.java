package org.sitrep.knowledge.places;

/**
 * A romanised name written as the English press writes it without its ayn and hamza marks: "Ma‘arrat an Nu‘mān"
 * becomes "Maarrat an Numan", "Tall Rif‘at" "Tall Rifat". The gazetteer's key splits a name at such a mark
 * ("ma arrat", "rif at"), which running text never does, so the joined form is spotted as well.
 */
final class JoinedMarks {
    private JoinedMarks() {
    }

    /** The name with every ayn, hamza or apostrophe between two letters removed, or null when it has none. */
    static String of(String name) {
        StringBuilder b = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (mark(c) && i > 0 && i + 1 < name.length() && letter(name.charAt(i - 1))
                    && Character.isLetter(name.charAt(i + 1))) {
                if (b == null) {
                    b = new StringBuilder(name.length()).append(name, 0, i);
                }
                continue;
            }
            if (b != null) {
                b.append(c);
            }
        }
        return b == null ? null : b.toString();
    }

    /** Ayn, hamza and the apostrophes and quotes that stand for them in romanised names: a form, not a word list. */
    private static boolean mark(char c) {
        return c == '\'' || c == '`' || c == '\u00b4' || c >= '\u02bb' && c <= '\u02bf' || c == '\u2018'
                || c == '\u2019';
    }

    private static boolean letter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
