package org.sitrep.ingest;

/**
 * Whether text decoded with a legacy code page reads as text: its non-ASCII characters are nearly all letters,
 * marks or typographic punctuation (quotes, dashes, currency), and its non-ASCII letters mostly sit inside
 * words (next to another letter), as accented Latin letters and Arabic words do; bytes of another encoding or of
 * noise decode to a scatter of symbols and lone letters.
 */
final class LegacyText {
    private static final double TYPOGRAPHIC = 0.9;
    private static final double IN_WORDS = 0.7;

    private LegacyText() {
    }

    static boolean plausible(String text) {
        int high = 0;
        int typographic = 0;
        int letters = 0;
        int inWords = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            high++;
            if (Character.isLetter(c)) {
                letters++;
                typographic++;
                if (i > 0 && Character.isLetter(text.charAt(i - 1))
                        || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                    inWords++;
                }
            } else if (typographic(c)) {
                typographic++;
            }
        }
        return high > 0 && typographic >= high * TYPOGRAPHIC && inWords >= letters * IN_WORDS;
    }

    private static boolean typographic(char c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.SPACE_SEPARATOR, Character.CURRENCY_SYMBOL,
                    Character.OTHER_PUNCTUATION, Character.FORMAT -> true;
            default -> false;
        };
    }
}
