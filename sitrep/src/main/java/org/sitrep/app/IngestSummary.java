package org.sitrep.app;

/**
 * What an ingest run did: documents added, unchanged (already stored), skipped (bad input), and the records it
 * added to the store (reports stored, and how many more events the store holds than before: reports joining
 * events already stored add none).
 */
public record IngestSummary(int added, int unchanged, int skipped, long reports, long events) {
    public String line() {
        return added + " documents added, " + unchanged + " unchanged, " + skipped + " skipped, " + reports
                + " reports, " + events + " events";
    }
}
