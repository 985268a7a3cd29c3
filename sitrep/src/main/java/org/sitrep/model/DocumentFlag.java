package org.sitrep.model;

/** Well-known document flags. Flags are plain strings on the wire; these are the ones sitrep itself sets. */
public final class DocumentFlag {
    public static final String DATE_UNKNOWN = "date_unknown";
    public static final String DATE_INFERRED = "date_inferred";
    public static final String DATE_IMPLAUSIBLE = "date_implausible";
    public static final String REPUBLISHED = "republished";
    public static final String ENCODING_FALLBACK = "encoding_fallback";
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
