package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Span;

/**
 * The bounds on the work one document may cause, and the flags that say where they were reached, so a pathological
 * input (one 5 MB sentence, a table of a million rows) costs bounded time and memory and nothing is cut silently.
 */
final class WorkLimits {
    /**
     * Reports read from one document at most: a long news archive of 20 MB yields about 100,000; past this the
     * rest of the document is not read, and the document says where reading stopped.
     */
    static final int MAX_REPORTS = 200_000;

    private WorkLimits() {
    }

    /** The document flags for sentences read in pieces and a stop at the report limit (none when neither). */
    static List<String> flags(int textLength, List<Span> longSentences, int stoppedAt, int maxReports) {
        List<String> out = new ArrayList<>();
        if (!longSentences.isEmpty()) {
            Span first = longSentences.get(0);
            out.add(DocumentFlag.SENTENCES_SPLIT);
            out.add(DocumentFlag.SENTENCES_SPLIT + ": " + longSentences.size() + " sentence"
                    + (longSentences.size() == 1 ? "" : "s") + " longer than " + SentenceSplitter.MAX_SENTENCE
                    + " characters read in pieces of at most " + SentenceSplitter.MAX_SENTENCE + ", the first at characters "
                    + first.start() + "-" + first.end());
        }
        if (stoppedAt >= 0) {
            out.add(DocumentFlag.REPORTS_CUT);
            out.add(DocumentFlag.REPORTS_CUT + ": reading stopped after " + maxReports + " reports at character "
                    + stoppedAt + " of " + textLength + "; the rest of the document was not read");
        }
        return out;
    }
}
