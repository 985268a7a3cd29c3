package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Context for resolving the actors of one report.
 *
 * @param document      the document's context
 * @param reportDate    the last day the report's event may fall on, or null
 * @param sentence      the evidence sentence, or null
 * @param sentenceStart offset of the sentence in the document text (mention spans are document offsets)
 * @param country       where the report is set when its place is resolved (ISO code), or null to use the focus
 */
public record ResolutionContext(DocumentContext document, LocalDate reportDate, String sentence, int sentenceStart,
                                String country) {
    public ResolutionContext {
        Objects.requireNonNull(document, "document");
    }

    /** The country the report is set in: its resolved place, else the document's focus, else null. */
    public String settingCountry() {
        return country != null ? country : document.focus().country();
    }

    /** The date names are judged at: the report's, else the document's. */
    public LocalDate dateForNames() {
        return reportDate != null ? reportDate : document.published();
    }
}
