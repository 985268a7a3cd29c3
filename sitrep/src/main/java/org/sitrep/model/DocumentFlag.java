package org.sitrep.model;

/** Well-known document flags. Flags are plain strings on the wire; these are the ones sitrep itself sets. */
public final class DocumentFlag {
    public static final String DATE_UNKNOWN = "date_unknown";
    public static final String DATE_INFERRED = "date_inferred";
    public static final String DATE_IMPLAUSIBLE = "date_implausible";
    public static final String REPUBLISHED = "republished";
    public static final String ENCODING_FALLBACK = "encoding_fallback";
    /**
     * UTF-8 with invalid byte sequences, each replaced by U+FFFD: followed by the count and the byte offsets of the
     * first few, as in {@code invalid_utf8:2@130,4077}.
     */
    public static final String INVALID_UTF8 = "invalid_utf8:";

    private DocumentFlag() {
    }
}
