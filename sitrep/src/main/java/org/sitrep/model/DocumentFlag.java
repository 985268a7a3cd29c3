package org.sitrep.model;

/** Well-known document flags. Flags are plain strings on the wire; these are the ones sitrep itself sets. */
public final class DocumentFlag {
    public static final String DATE_UNKNOWN = "date_unknown";
    public static final String DATE_INFERRED = "date_inferred";
    public static final String DATE_IMPLAUSIBLE = "date_implausible";
    public static final String REPUBLISHED = "republished";
    public static final String ENCODING_FALLBACK = "encoding_fallback";
    /**
     * The country the document is about, written {@code "focus_country: SY"} (ISO 3166-1 alpha-2), set when the
     * resolver decides one; exports fall back on it for events whose place is unknown.
     */
    public static final String FOCUS_COUNTRY = "focus_country";

    /** The flag saying a document's focus country. */
    public static String focusCountry(String iso2) {
        return FOCUS_COUNTRY + ": " + iso2;
    }

    /** The focus country a document flag names, or null when the flag is not a focus flag. */
    public static String focusCountryOf(String flag) {
        String prefix = FOCUS_COUNTRY + ": ";
        return flag.startsWith(prefix) ? flag.substring(prefix.length()).strip() : null;
    }

    /**
     * UTF-8 with invalid byte sequences, each replaced by U+FFFD: followed by the count and the byte offsets of the
     * first few, as in {@code invalid_utf8:2@130,4077}.
     */
    public static final String INVALID_UTF8 = "invalid_utf8:";

    /** Sentences too long to read whole were read in pieces ("sentences_split: ..." says how many and where). */
    public static final String SENTENCES_SPLIT = "sentences_split";
    /** Reading stopped at the limit of reports per document ("reports_cut: ..." says where). */
    public static final String REPORTS_CUT = "reports_cut";

    /** Whether a flag tells of work cut short or split by a limit, to be shown as a warning when ingesting. */
    public static boolean isLimitDetail(String flag) {
        return flag.startsWith(SENTENCES_SPLIT + ": ") || flag.startsWith(REPORTS_CUT + ": ");
    }

    private DocumentFlag() {
    }
}
