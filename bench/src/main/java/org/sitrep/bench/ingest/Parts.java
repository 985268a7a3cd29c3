package org.sitrep.bench.ingest;

/** Where an ingest run's wall time went, in nanoseconds, by part; accumulated on the one ingesting thread. */
final class Parts {
    long extraction;
    long lookup;
    long linking;
    long merging;
    long commit;

    long total() {
        return extraction + lookup + linking + merging + commit;
    }

    /** The labels and values in the order they are printed. */
    String[] labels() {
        return new String[] {"extraction + resolution (read, engine)", "candidate lookup (store reads under the lock)",
            "linking / scoring", "merging / assessment / fingerprint", "commit (writes, COMMIT, fsync, lock wait)"};
    }

    long[] values() {
        return new long[] {extraction, lookup, linking, merging, commit};
    }
}
