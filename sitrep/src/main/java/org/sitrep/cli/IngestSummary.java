package org.sitrep.cli;

/** What an ingest run did: documents added, unchanged (already stored), skipped (bad input), records added. */
record IngestSummary(int added, int unchanged, int skipped, int reports, int events) {
    String line() {
        return added + " documents added, " + unchanged + " unchanged, " + skipped + " skipped, " + reports
                + " reports, " + events + " events";
    }
}
