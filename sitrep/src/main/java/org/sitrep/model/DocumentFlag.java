package org.sitrep.model;

/** Well-known document flags. Flags are plain strings on the wire; these are the ones sitrep itself sets. */
public final class DocumentFlag {
    public static final String DATE_UNKNOWN = "date_unknown";
    public static final String DATE_INFERRED = "date_inferred";
    public static final String DATE_IMPLAUSIBLE = "date_implausible";
    public static final String REPUBLISHED = "republished";
    public static final String ENCODING_FALLBACK = "encoding_fallback";

    private DocumentFlag() {
    }
}
