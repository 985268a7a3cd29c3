package org.sitrep.knowledge.places;

import org.sitrep.knowledge.LatinFolder;

/**
 * Which characters Latin-ASCII folding leaves alone, so keys of Arabic-script names (half the non-ASCII names
 * of the gazetteer) skip the transliterator, which was a sixth of the load time. Asks the folder's table (what
 * Latin-ASCII leaves alone wherever it stands) rather than listing code points, and the Arabic script has no
 * case, so lower-casing keeps it too.
 */
final class FoldFree {
    private FoldFree() {
    }

    /** An Arabic-script UTF-16 unit that Latin-ASCII folding and lower-casing both keep as it is. */
    static boolean arabic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && LatinFolder.shared().keeps(c) && Character.toLowerCase(c) == c;
    }
}
