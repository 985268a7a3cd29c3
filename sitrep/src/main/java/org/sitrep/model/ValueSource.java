package org.sitrep.model;

import java.util.Objects;

/** Where a merged event value came from: the field, the report that gave it and the source behind that report. */
public record ValueSource(String field, String reportId, String source) {
    public ValueSource {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reportId, "reportId");
    }
}
