package org.sitrep.app;

/**
 * What a reprocess run did: documents gone through, how many the current engine processed again, how many were
 * kept as stored (no text at hand), and the reports and events the store now holds.
 */
public record ReprocessSummary(int documents, int rerun, int kept, long reports, long events) {
    public String line() {
        return documents + " documents reprocessed (" + rerun + " by the current engine, " + kept
                + " kept as stored), " + reports + " reports, " + events + " events";
    }
}
