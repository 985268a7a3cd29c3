package org.sitrep.knowledge.places;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.knowledge.LatinFolder;

/**
 * Transliteration-tolerant keys for romanised Arabic names. {@link #of} gives a consonant skeleton
 * ("Deir ez-Zor", "Deir Ezzor" and "Dayr az Zawr" all give "drzr"); keys collide, so they only shortlist.
 * {@link #loose} keeps the vowels for a finer similarity. Arabic script is romanised first. "sh" stays a
 * consonant of its own ("$"): merging it with "s" made Soran and Sharan collide.
 */
public final class SkeletonKey {
    /** Built on first use: keying ASCII names (and loading the gazetteer) needs no transliterator. */
    private static final class Icu {
        static final Transliterator ARABIC = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");
        /** The first step of {@link Icu#ARABIC} alone, for callers that fold its Latin output themselves. */
        static final Transliterator ARABIC_LATIN = Transliterator.getInstance("Arabic-Latin");
    }
    /** Definite articles as romanised (assimilated forms included), from place_words.tsv. */
    static final Set<String> ARTICLES = PlaceWords.of("arabic-articles");
    private static final String[] ARTICLE_LIST = ARTICLES.toArray(new String[0]);

    private SkeletonKey() {
    }

    /** The consonant skeleton of a name; empty when it has no letters. */
    public static String of(String name) {
        return ofRomanised(romanised(name));
    }

    /** The skeleton of a name already through {@link #romanised}. */
    static String ofRomanised(String romanised) {
        if (plainAscii(romanised)) {
            return ofPlainAscii(romanised);
        }
        StringBuilder out = new StringBuilder();
        for (String t : tokensOfRomanised(romanised)) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (!skeletonVowel(c)) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static boolean skeletonVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y';
    }

    /** ASCII without glottal marks: its tokens are the letter and digit runs as they stand. */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 || c == '\'' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #ofRomanised} of a {@link #plainAscii} name in one pass over its token bounds, making no token
     * strings: the gazetteer keys some 30,000 such names at every load. SkeletonKeyTest checks it against the
     * token-by-token definition.
     */
    private static String ofPlainAscii(String s) {
        int n = s.length();
        int[] bounds = new int[8];
        int count = 0;
        for (int i = 0; i < n; ) {
            while (i < n && !alnum(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && alnum(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (2 * count + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = start;
                bounds[2 * count + 1] = i;
                count++;
            }
        }
        StringBuilder out = new StringBuilder(n);
        for (int t = 0; t < count; t++) {
            int a = bounds[2 * t];
            int b = bounds[2 * t + 1];
            if (count > 1 && article(s, a, b)) {
                continue;
            }
            if (t > 0 && b - a >= 5) {
                char c0 = lower(s.charAt(a));
                char c1 = lower(s.charAt(a + 1));
                if ((c0 == 'a' || c0 == 'e') && c1 == lower(s.charAt(a + 2)) && "tdrzsnl".indexOf(c1) >= 0) {
                    a++; // the glued article of "Ezzor"
                }
            }
            foldInto(out, s, a, b);
        }
        return out.toString();
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether a word is the Arabic definite article as romanised ("al", "el", "ash", "ez" ...), in any case. */
    public static boolean isArticle(String word) {
        return ARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean article(String s, int a, int b) {
        int len = b - a;
        if (len > 3) {
            return false;
        }
        for (String art : ARTICLE_LIST) {
            if (art.length() == len && s.regionMatches(true, a, art, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #fold} of the token {@code s[a, b)}, its skeleton consonants appended to {@code out}. */
    private static void foldInto(StringBuilder out, String s, int a, int b) {
        int n = b - a;
        if (n > 2 && lower(s.charAt(b - 1)) == 'h' && "aeiou".indexOf(lower(s.charAt(b - 2))) >= 0) {
            n--;
        }
        char last = 0;
        for (int i = 0; i < n; i++) {
            char c = lower(s.charAt(a + i));
            char next = i + 1 < n ? lower(s.charAt(a + i + 1)) : 0;
            char mapped = c;
            if (next != 0 && digraph(c, next) != 0) {
                mapped = digraph(c, next);
                i++;
            } else if (c == 'q' || c == 'c') {
                mapped = 'k';
            }
            if (last != mapped) {
                last = mapped;
                if (!skeletonVowel(mapped)) {
                    out.append(mapped);
                }
            }
        }
    }

    /**
     * True when two skeletons one edit apart differ as romanisations or forms of one name can: an "h" written or
     * not (sh/s, kh/k, gh/g, th/t, dh/d), one consonant for a letter newsrooms spell either way (the "letter" rows
     * of {@code romanisation.tsv}: q/k, g/j ...), or the last consonant (an ending: "Syrian", "Lebanese"). Any other consonant changed, added
     * or dropped inside the name makes another name ("Naasan" is not "Na'man").
     */
    static boolean romanisationEdit(String a, String b) {
        if (a.length() == b.length()) {
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    return i == a.length() - 1 || Romanisation.shipped().sameLetter(a.charAt(i), b.charAt(i));
                }
            }
            return true;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return i == shorter.length() || longer.charAt(i) == 'h';
    }

    /** The name with articles, glottal marks, final -h and doubled letters folded, vowels kept. */
    public static String loose(String name) {
        return String.join("", normalisedTokens(name));
    }

    /**
     * The loose tokens of a name, each word first folded to one spelling of its romanisation variants ("Tell",
     * "Tall" and "Tal" alike), which leaves its consonants as they are.
     */
    static List<String> normalisedTokens(String name) {
        return tokensOfRomanised(romanised(name), Romanisation.shipped());
    }

    /** {@link #loose} of a name already through {@link #romanised}. */
    static String looseOfRomanised(String romanised) {
        return String.join("", tokensOfRomanised(romanised, Romanisation.shipped()));
    }

    /** The name in Latin letters: as it is when ASCII, else through Arabic-Latin or Latin-ASCII by its script. */
    static String romanised(String name) {
        return ascii(name) ? name : hasArabic(name) ? Icu.ARABIC.transliterate(name)
                : LatinFolder.shared().fold(name);
    }

    /** Whether {@link #romanised} folds the name with Latin-ASCII alone (not ASCII, no Arabic script). */
    static boolean latinFolded(String name) {
        return !ascii(name) && !hasArabic(name);
    }

    /** Whether {@link #romanised} runs Arabic-Latin, then Latin-ASCII (not ASCII, some Arabic script). */
    static boolean arabicRomanised(String name) {
        return !ascii(name) && hasArabic(name);
    }

    /** Arabic-Latin alone: Latin-ASCII of this is {@link #romanised} of an {@link #arabicRomanised} name. */
    static String arabicLatin(String name) {
        return Icu.ARABIC_LATIN.transliterate(name);
    }

    /** As the regex \p{IsArabic} finds, by a loop: this runs for every non-ASCII name at load time. */
    private static boolean hasArabic(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static List<String> tokensOfRomanised(String s) {
        return tokensOfRomanised(s, null);
    }

    /** {@code variants}: folds each word's spelling first (null: words as written). */
    private static List<String> tokensOfRomanised(String s, Romanisation variants) {
        // hand-written scan: this runs for every name of the gazetteer at load time
        List<String> toks = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == '\'' || c == '`' || c == '’' || c == '‘' || c == 'ʿ' || c == 'ʾ') {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                cur.append(c);
            } else if (cur.length() > 0) {
                toks.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            toks.add(cur.toString());
        }
        List<String> out = new ArrayList<>(toks.size());
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (toks.size() > 1 && ARTICLES.contains(t)) {
                continue;
            }
            if (i > 0 && gluedArticle(t)) {
                t = t.substring(1);
            }
            if (variants != null) {
                // as written ("sheikh"), else as folded ("zzor" of a glued "Ezzor" is "zor")
                String v = variants.word(t);
                if (v.equals(t)) {
                    String folded = fold(t);
                    // whole words only: an ending of the folded form may end in a digraph's letter ("Nofekh")
                    String w = variants.token(folded);
                    // folding twice would merge letters the first fold made ("skh" -> "sh" -> "$")
                    out.add(w.equals(folded) ? folded : fold(w));
                    continue;
                }
                t = v;
            }
            out.add(fold(t));
        }
        return out;
    }

    /** "ezzor" in "Deir Ezzor": a vowel, then a doubled sun letter, then at least two more letters. */
    private static boolean gluedArticle(String t) {
        return t.length() >= 5 && (t.charAt(0) == 'a' || t.charAt(0) == 'e') && t.charAt(1) == t.charAt(2)
                && "tdrzsnl".indexOf(t.charAt(1)) >= 0;
    }

    static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String t) {
        int n = t.length();
        // ta marbuta: Hamah/Hama, Ithriyah/Ithriya
        if (n > 2 && t.charAt(n - 1) == 'h' && "aeiou".indexOf(t.charAt(n - 2)) >= 0) {
            n--;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            char mapped = c;
            if (next != 0 && digraph(c, next) != 0) {
                mapped = digraph(c, next);
                i++;
            } else if (c == 'q' || c == 'c') {
                mapped = 'k';
            }
            if (b.length() == 0 || b.charAt(b.length() - 1) != mapped) {
                b.append(mapped);
            }
        }
        return b.toString();
    }

    /** Two letters written for one sound, mapped to one; 0 when {@code a b} is no digraph. */
    private static char digraph(char a, char b) {
        if (b == 'h') {
            return switch (a) {
                case 'k' -> 'h';
                case 'g' -> 'g';
                case 's', 'c' -> '$';
                case 't' -> 't';
                case 'd' -> 'd';
                case 'p' -> 'f';
                default -> 0;
            };
        }
        if (a == 'd' && b == 'j') {
            return 'j';
        }
        if ((a == 'o' && b == 'u') || (a == 'o' && b == 'o')) {
            return 'u';
        }
        if (a == 'e' && b == 'e') {
            return 'i';
        }
        return 0;
    }
}
