package org.sitrep.link.assess;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence cut into lower-case words (accents folded) and clause boundaries, the form the cue lexicons are
 * matched on. Punctuation that closes a clause, and the words "but", "while" and "whereas", become boundaries,
 * which cue gaps and negation scope do not cross.
 */
final class CueText {
    static final String BOUNDARY = "|";

    private final List<String> tokens;

    private CueText(List<String> tokens) {
        this.tokens = tokens;
    }

    static CueText of(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replace('’', '\'').toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || (c == '\'' && w.length() > 0)) {
                w.append(c);
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            flush(w, out);
            if (",;:.!?()[]—–\"".indexOf(c) >= 0) {
                out.add(BOUNDARY);
            }
        }
        flush(w, out);
        return new CueText(out);
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() == 0) {
            return;
        }
        String word = w.toString();
        // a digit group separator ("1,429") splits numbers; numbers never occur in cues, so that is harmless
        out.add(word.equals("but") || word.equals("while") || word.equals("whereas") ? BOUNDARY : word);
        w.setLength(0);
    }

    List<String> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    String get(int i) {
        return tokens.get(i);
    }
}
