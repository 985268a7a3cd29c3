package org.sitrep.ingest;

/**
 * Refuses clean text that carries no language: random symbols, base64, keyboard mash. A word counts when it is a
 * run of 2-25 letters that, in Latin script, has a vowel and no five consonants in a row; text passes when such
 * words make up at least 40% of its visible characters.
 */
final class TextQuality {
    static final double MIN_WORD_SHARE = 0.4;

    private TextQuality() {
    }

    static void check(String path, String text) throws IngestException {
        int visible = 0;
        int wordLetters = 0;
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetter(c)) {
                visible++;
                i++;
                continue;
            }
            int j = i;
            while (j < n && (Character.isLetter(text.charAt(j)) || Character.getType(text.charAt(j))
                    == Character.NON_SPACING_MARK)) {
                j++;
            }
            visible += j - i;
            if (realWord(text, i, j)) {
                words++;
                wordLetters += j - i;
            }
            i = j;
        }
        if (visible == 0) {
            throw new IngestException(path, "no text left after removing markup");
        }
        if (words == 0 || wordLetters < visible * MIN_WORD_SHARE) {
            throw new IngestException(path, "mostly noise: only " + words + " real words in " + visible
                    + " visible characters");
        }
    }

    private static boolean realWord(String t, int from, int to) {
        int len = to - from;
        if (len < 2 || len > 25) {
            return false;
        }
        boolean latin = false;
        boolean vowel = false;
        int consonantRun = 0;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c < 'a' || c > 'z') {
                if (c < 0x250) { // accented Latin letters count as vowels (é, ü...) or at least as letters
                    latin = true;
                    vowel = true;
                    consonantRun = 0;
                }
                continue;
            }
            latin = true;
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                vowel = true;
                consonantRun = 0;
            } else if (++consonantRun >= 5) {
                return false;
            }
        }
        return !latin || vowel;
    }
}
