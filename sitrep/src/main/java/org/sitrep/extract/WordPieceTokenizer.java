package org.sitrep.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits text into the word pieces of a BERT vocabulary, as the uncased BERT tokenizer does: control characters
 * dropped, lower case, accents stripped, CJK characters and punctuation each a word of their own, then every word
 * cut greedily into the longest pieces the vocabulary has ("shelling" → "shell", "##ing"); a word that cannot be cut
 * is the unknown piece. Only the piece ids are returned; the encoder needs nothing else.
 */
final class WordPieceTokenizer {
    private static final int MAX_WORD_CHARS = 100;
    private final Map<String, Integer> vocab;
    private final int unknown;

    WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.unknown = special("[UNK]");
    }

    /** The id of a special piece of the vocabulary ("[CLS]", "[SEP]"); a vocabulary without it is refused. */
    int special(String piece) {
        Integer id = vocab.get(piece);
        if (id == null) {
            throw new IllegalArgumentException("word-piece vocabulary has no " + piece + " piece");
        }
        return id;
    }

    /** The piece ids of {@code text}, in order, without the special start and end pieces. */
    int[] ids(String text) {
        List<Integer> out = new ArrayList<>();
        for (String word : words(text)) {
            pieces(word, out);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == 0 || cp == 0xFFFD || type == Character.NON_SPACING_MARK
                    || (Character.isISOControl(cp) && !Character.isWhitespace(cp))) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(w, words);
            } else if (punctuation(cp, type) || cjk(cp)) {
                flush(w, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                w.appendCodePoint(cp);
            }
        }
        flush(w, words);
        return words;
    }

    private static void flush(StringBuilder w, List<String> words) {
        if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
        }
    }

    /** BERT counts every non-alphanumeric ASCII sign as punctuation, and Unicode's punctuation classes. */
    private static boolean punctuation(int cp, int type) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean cjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    private void pieces(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out.add(unknown);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                id = vocab.get(piece);
                if (id != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (id == null) {
                out.subList(mark, out.size()).clear();
                out.add(unknown);
                return;
            }
            out.add(id);
            start = end;
        }
    }
}
