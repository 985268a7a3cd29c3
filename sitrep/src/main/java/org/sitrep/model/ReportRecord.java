package org.sitrep.model;

import java.util.Objects;

/** A report with the metadata of the document it comes from: the unit written to and read from JSON. */
public record ReportRecord(Report report, DocumentInfo document) {
    public ReportRecord {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(document, "document");
        if (!report.documentId().equals(document.id())) {
            throw new IllegalArgumentException("report " + report.id() + " belongs to document "
                    + report.documentId() + ", not " + document.id());
        }
    }
}
