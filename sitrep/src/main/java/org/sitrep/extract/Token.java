package org.sitrep.extract;

/**
 * A word, number or punctuation mark with its offsets in the document's clean text.
 * {@code glued} says the token follows the previous one through a hyphen ("US-led": "led" is glued), so
 * phrase matching can treat hyphens as spaces while name spans still cover the whole hyphenated word.
 */
record Token(String text, String lower, int start, int end, Kind kind, boolean glued) {
    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    /** The document text under tokens [s, e) as a mention with its offsets. */
    static org.sitrep.model.Mention mention(String text, java.util.List<Token> toks, int s, int e) {
        int a = toks.get(s).start();
        int b = toks.get(e - 1).end();
        return org.sitrep.model.Mention.of(text.substring(a, b), a, b);
    }
}
