package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Mention;

/**
 * When an undated document was probably published, inferred from its text: not before {@code start} (the latest
 * dated evidence), and, by assumption, within {@code end}. {@code basis} is the mention that set the lower bound
 * (null when an outside bound did). Flags always include date_inferred, and window_end_assumed when nothing in the
 * text bounds it from above.
 */
public record PublicationWindow(LocalDate start, LocalDate end, Mention basis, String reason, List<String> flags) {
    public static final String WINDOW_END_ASSUMED = "window_end_assumed";

    public PublicationWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("publication window ends before it starts: " + start + ".." + end);
        }
        flags = List.copyOf(flags == null ? List.of() : flags);
    }

    /** A lower bound from outside the text, e.g. "an actor named here exists only from 2015-10-10". */
    public record LowerBound(LocalDate date, String reason) {
        public LowerBound {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The document flagged as having an inferred date (its publication date stays unknown). */
    public Document markOn(Document doc) {
        return doc.withAddedFlags(flags);
    }

    public static PublicationWindow infer(String text, List<LowerBound> outside) {
        return PublicationWindowInferrer.standard().infer(text, outside).orElse(null);
    }

    static List<String> standardFlags(boolean endAssumed) {
        return endAssumed ? List.of(DocumentFlag.DATE_INFERRED, WINDOW_END_ASSUMED)
                : List.of(DocumentFlag.DATE_INFERRED);
    }
}
