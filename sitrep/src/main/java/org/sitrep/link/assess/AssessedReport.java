package org.sitrep.link.assess;

import java.time.LocalDate;
import org.sitrep.model.Report;

/** A report with its origin and its document's publication date (null when unknown), as the rules see it. */
record AssessedReport(Report report, Origin origin, LocalDate published) {
    String id() {
        return report.id();
    }

    String source() {
        return origin.source();
    }
}
