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
 * text bounds it from above. {@code end} is null when only a lower bound is known (an outside bound such as the
 * first activity of an actor the text names, which says nothing of how much later the text was written): the
 * window is then open-ended, flagged window_end_open and published_not_before:START.
 */
public record PublicationWindow(LocalDate start, LocalDate end, Mention basis, String reason, List<String> flags) {
    public static final String WINDOW_END_ASSUMED = "window_end_assumed";
    /** Only a lower bound is known: the window has no end. */
    public static final String WINDOW_END_OPEN = "window_end_open";
    /** Prefix of the flag carrying the known lower bound of an open-ended window, e.g. published_not_before:2011-01-01. */
    public static final String PUBLISHED_NOT_BEFORE = "published_not_before:";

    public PublicationWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(reason, "reason");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("publication window ends before it starts: " + start + ".." + end);
        }
        flags = List.copyOf(flags == null ? List.of() : flags);
    }

    /** A window known only from below: not before {@code start}, end unknown. */
    public static PublicationWindow notBefore(LocalDate start, Mention basis, String reason) {
        return new PublicationWindow(start, null, basis, reason, List.of(DocumentFlag.DATE_INFERRED, WINDOW_END_OPEN,
                PUBLISHED_NOT_BEFORE + start));
    }

    /**
     * Whether an event the text reports may lie on {@code day}: on or before the window's end (the text reports
     * it), and no earlier than the {@link DateResolver#DOCUMENT_WINDOW_DAYS} days before the window's start, the
     * stretch a dated article's own undated events are given. With no end, every later day is admitted.
     */
    public boolean admitsEventOn(LocalDate day) {
        return !day.isBefore(start.minusDays(DateResolver.DOCUMENT_WINDOW_DAYS)) && (end == null || !day.isAfter(end));
    }

    /** True when only the lower bound is known. */
    public boolean openEnded() {
        return end == null;
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
