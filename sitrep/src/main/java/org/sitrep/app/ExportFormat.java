package org.sitrep.app;

import java.util.Arrays;
import java.util.Optional;

/** The export formats and what they can hold. */
public enum ExportFormat {
    JSONL("jsonl", true),
    ACLED_CSV("acled-csv", false),
    GEOJSON("geojson", false),
    /** Parquet tables of documents, reports and events in a folder ({@code Sitrep.exportTables}), not a stream. */
    PARQUET("parquet", true);

    private final String wireName;
    private final boolean reports;

    ExportFormat(String wireName, boolean reports) {
        this.wireName = wireName;
        this.reports = reports;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the format can hold reports; every format holds events. */
    public boolean holdsReports() {
        return reports;
    }

    public static Optional<ExportFormat> parse(String s) {
        return Arrays.stream(values()).filter(f -> f.wireName.equalsIgnoreCase(s == null ? "" : s.strip()))
                .findFirst();
    }
}
