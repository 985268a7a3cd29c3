package org.sitrep.app;

import java.util.List;

/**
 * What an import of Parquet tables did: documents added, already stored (unchanged) and skipped (a document whose
 * rows do not make a whole record: nothing of it was stored), the reports and events it brought, and why each
 * skipped document was skipped.
 */
public record ImportSummary(int added, int unchanged, int skipped, long reports, long events,
                            List<Skipped> skips) {
    public ImportSummary {
        skips = List.copyOf(skips);
    }

    public String line() {
        return added + " documents added, " + unchanged + " unchanged, " + skipped + " skipped, " + reports
                + " reports, " + events + " events";
    }
}
