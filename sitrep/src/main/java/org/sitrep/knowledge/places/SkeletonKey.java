package org.sitrep.knowledge.places;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Transliteration-tolerant keys for romanised Arabic names. {@link #of} gives a consonant skeleton
 * ("Deir ez-Zor", "Deir Ezzor" and "Dayr az Zawr" all give "drzr"); keys collide, so they only shortlist.
 * {@link #loose} keeps the vowels for a finer similarity. Arabic script is romanised first.
 */
public final class SkeletonKey {
    private static final Transliterator ARABIC = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Transliterator LATIN = Transliterator.getInstance("Latin-ASCII");
    /** Definite articles as romanised (assimilated forms included). */
    static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "ad", "ed", "ash", "esh", "as", "es", "ar", "er",
            "az", "ez", "at", "et", "an", "en", "ath", "adh", "ag", "l");
    private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}");
    /** A glued assimilated article: "ezzor" in "Deir Ezzor", "assafira" later in a name. */
    private static final Pattern GLUED_ARTICLE = Pattern.compile("^[ae]([tdrzsnl])\\1(.{2,})$");
    private static final String[][] DIGRAPHS = {
            {"kh", "h"}, {"gh", "g"}, {"sh", "s"}, {"ch", "s"}, {"th", "t"}, {"dh", "d"}, {"dj", "j"}, {"ph", "f"},
            {"ou", "u"}, {"ee", "i"}, {"oo", "u"}, {"q", "k"}, {"c", "k"}};

    private SkeletonKey() {
    }

    /** The consonant skeleton of a name; empty when it has no letters. */
    public static String of(String name) {
        StringBuilder out = new StringBuilder();
        for (String t : normalisedTokens(name)) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if ("aeiouwy".indexOf(c) < 0) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** The name with articles, glottal marks, final -h and doubled letters folded, vowels kept. */
    public static String loose(String name) {
        return String.join("", normalisedTokens(name));
    }

    static List<String> normalisedTokens(String name) {
        String s = ARABIC_SCRIPT.matcher(name).find() ? ARABIC.transliterate(name) : LATIN.transliterate(name);
        s = s.toLowerCase(Locale.ROOT).replaceAll("['`’‘ʿʾ]", "");
        String[] raw = s.split("[^a-z0-9]+");
        List<String> toks = new ArrayList<>();
        for (String t : raw) {
            if (!t.isEmpty()) {
                toks.add(t);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (toks.size() > 1 && ARTICLES.contains(t)) {
                continue;
            }
            if (i > 0) {
                var m = GLUED_ARTICLE.matcher(t);
                if (m.matches()) {
                    t = m.group(1) + m.group(2);
                }
            }
            out.add(fold(t));
        }
        return out;
    }

    private static String fold(String t) {
        // ta marbuta: Hamah/Hama, Ithriyah/Ithriya
        if (t.length() > 2 && t.endsWith("h") && "aeiou".indexOf(t.charAt(t.length() - 2)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        for (String[] d : DIGRAPHS) {
            t = t.replace(d[0], d[1]);
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (i == 0 || t.charAt(i) != t.charAt(i - 1)) {
                b.append(t.charAt(i));
            }
        }
        return b.toString();
    }
}
