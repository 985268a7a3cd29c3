package org.sitrep.app;

/**
 * What an ingest run did: documents added, unchanged (already stored), skipped (bad input), and the records it
 * added to the store (reports stored, and how many more events the store holds than before: reports joining
 * events already stored add none).
 */
public record IngestSummary(int added, int unchanged, int skipped, long reports, long events) {
    /** This run and another, as one. */
    public IngestSummary plus(IngestSummary o) {
        return new IngestSummary(added + o.added, unchanged + o.unchanged, skipped + o.skipped, reports + o.reports,
                events + o.events);
    }

    /** One more input skipped before any work (a web address, say). */
    public IngestSummary plusSkipped(int n) {
        return new IngestSummary(added, unchanged, skipped + n, reports, events);
    }

    public String line() {
        return added + " documents added, " + unchanged + " unchanged, " + skipped + " skipped, " + reports
                + " reports, " + events + " events";
    }
}
