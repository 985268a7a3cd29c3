package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A date as feeds and dumps write it (RFC 822 in RSS, ISO 8601 in Atom and most dumps), as an ISO date-time or
 * date. The calendar date is the one the publisher wrote, in its own offset: turning it into UTC could move an
 * evening item to the next day. A value that is neither stays unknown.
 */
final class FeedDate {
    /** RFC 822 / 1123 with an optional weekday, one- or two-digit day, optional seconds and a zone or offset. */
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .optionalStart().appendPattern("EEE, ").optionalEnd()
            .appendPattern("d MMM yyyy HH:mm[:ss] ")
            .optionalStart().appendPattern("XX").optionalEnd()
            .optionalStart().appendPattern("z").optionalEnd()
            .toFormatter(Locale.ENGLISH);

    private FeedDate() {
    }

    static Optional<String> iso(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip().replaceAll("\\s+", " ");
        try {
            return Optional.of(OffsetDateTime.parse(v).toString());
        } catch (DateTimeParseException e) {
            // not a full ISO date-time; try the others
        }
        try {
            return Optional.of(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).toString());
        } catch (DateTimeParseException e) {
            // not an ISO date either
        }
        try {
            return Optional.of(ZonedDateTime.parse(v.replace(" UT", " UTC").replace(" Z", " UTC"), RFC_822)
                    .toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The calendar date of a value {@link #iso} accepts. */
    static Optional<LocalDate> date(String value) {
        return iso(value).map(s -> LocalDate.parse(s.substring(0, 10)));
    }
}
