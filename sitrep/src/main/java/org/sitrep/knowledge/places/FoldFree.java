package org.sitrep.knowledge.places;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeFilter;

/**
 * Which characters Latin-ASCII folding leaves alone, so keys of Arabic-script names (half the non-ASCII names
 * of the gazetteer) skip the transliterator, which was a sixth of the load time. Asks the transliterator's own
 * filter rather than listing code points: a character outside the filter is never touched, and one of the
 * Arabic script has no case, so lower-casing keeps it too.
 */
final class FoldFree {
    private static final UnicodeFilter LATIN_ASCII = Transliterator.getInstance("Latin-ASCII").getFilter();

    private FoldFree() {
    }

    /** An Arabic-script UTF-16 unit that Latin-ASCII folding and lower-casing both keep as it is. */
    static boolean arabic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && LATIN_ASCII != null && !LATIN_ASCII.contains(c) && Character.toLowerCase(c) == c;
    }
}
