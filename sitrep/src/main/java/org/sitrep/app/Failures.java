package org.sitrep.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.sitrep.ingest.IngestException;
import org.sitrep.store.StoreException;

/**
 * Which failures are the user's to fix (a store that cannot be used, a file that cannot be read) rather than a
 * fault of sitrep's: adapters show their message alone, and a stack trace only for everything else.
 */
public final class Failures {
    private Failures() {
    }

    /** The message to show for an expected failure; empty for an internal error. */
    public static Optional<String> explain(Throwable e) {
        if (e instanceof StoreException || e instanceof UncheckedIOException || e instanceof IOException
                || e instanceof IngestException) {
            return Optional.ofNullable(e.getMessage()).or(() -> Optional.of(e.getClass().getSimpleName()));
        }
        return Optional.empty();
    }
}
