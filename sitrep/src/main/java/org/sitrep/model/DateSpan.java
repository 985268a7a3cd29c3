package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When a report places its event: an inclusive interval with a precision, the phrase it came from and flags
 * (e.g. weekday_conflict). {@code mention} may be null when the date comes from the document, not the sentence.
 */
public record DateSpan(LocalDate start, LocalDate end, DatePrecision precision, Mention mention, List<String> flags) {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date interval ends before it starts: " + start + ".." + end);
        }
        flags = List.copyOf(flags == null ? List.of() : flags);
    }

    public static DateSpan day(LocalDate d, Mention mention) {
        return new DateSpan(d, d, DatePrecision.DAY, mention, List.of());
    }

    public boolean overlaps(DateSpan o) {
        return !end.isBefore(o.start) && !o.end.isBefore(start);
    }
}
