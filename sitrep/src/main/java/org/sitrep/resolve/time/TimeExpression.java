package org.sitrep.resolve.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * A time expression found in a text: the words and where they stand, its TIMEX3 type and value, other readings
 * ({@code altValues}, e.g. the weekday reading of a date whose weekday disagrees), flags, and the calendar interval
 * it denotes when it can be anchored ({@code start}/{@code end} inclusive, both null otherwise).
 * {@code explicit} is true when the expression names its own year (it does not lean on an anchor).
 */
public record TimeExpression(
        Span span,
        String text,
        TimexType type,
        String value,
        List<String> altValues,
        List<String> flags,
        LocalDate start,
        LocalDate end,
        DatePrecision precision,
        boolean explicit) {

    public static final String WEEKDAY_CONFLICT = "weekday_conflict";
    public static final String AMBIGUOUS_DAY_MONTH = "ambiguous_day_month";
    public static final String FROM_NARRATIVE = "anchored_to_narrative";
    public static final String UNANCHORED = "unanchored";
    /** A date written without its year ("Oct 20"); the year was chosen from the anchor. */
    public static final String YEAR_INFERRED = "year_inferred";
    /**
     * A date written without its year in a text without a usable publication date: the year is the only one that
     * puts the day inside the text's inferred publication window.
     */
    public static final String YEAR_FROM_WINDOW = "year_from_window";
    /** A bare weekday left without a day: the text has no publication date, only a window wider than a week. */
    public static final String WEEKDAY_UNANCHORED = "weekday_unanchored";
    /** The clause around the expression speaks of the future ("will", "scheduled"). */
    public static final String FUTURE = "future";

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        altValues = List.copyOf(altValues == null ? List.of() : altValues);
        flags = List.copyOf(flags == null ? List.of() : flags);
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("interval needs both ends or neither: " + start + ".." + end);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + ".." + end);
        }
        if (start != null && precision == null) {
            throw new IllegalArgumentException("an anchored interval needs a precision");
        }
    }

    public Mention mention() {
        return new Mention(text, span);
    }

    public boolean anchored() {
        return start != null;
    }
}
