package org.sitrep.simulate;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name an English article writes for a gazetteer place: GeoNames' romanisation without its diacritics and
 * ayn/hamza marks, its Arabic article joined the way the English press writes it ("Ar Raqqah" becomes
 * "ar-Raqqah", "Ras al Ayn" becomes "Ras al-Ayn").
 */
final class PlaceNames {
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\u2018\u2019\u02bf\u02be'`\u00b4]");
    /** An Arabic article (al, ar, as, ash, ad, adh, at, ath, az, an) as the first word. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^A([lrsdtzn]h?) (?=\\S)");
    /** The same article inside a name. */
    private static final Pattern INNER_ARTICLE = Pattern.compile(" a([lrsdtzn]h?) (?=\\S)");

    private PlaceNames() {
    }

    static String english(String gazetteerName) {
        String s = MARKS.matcher(Normalizer.normalize(gazetteerName, Normalizer.Form.NFD)).replaceAll("");
        s = LEADING_ARTICLE.matcher(s).replaceFirst("a$1-");
        return INNER_ARTICLE.matcher(s).replaceAll(" a$1-");
    }
}
