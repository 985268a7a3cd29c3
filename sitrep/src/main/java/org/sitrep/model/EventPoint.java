package org.sitrep.model;

import java.time.LocalDate;

/**
 * What a map needs of one event: its id, position, days, type, fatalities, grade, whether it is contested and
 * its place's name. Small enough to hold a million in memory, and readable from a store's columns without
 * decoding the whole event.
 *
 * @param lat         NaN when the event has no coordinates (as {@code lon})
 * @param start       the first day as an epoch day, -1 when undated (as {@code end})
 * @param reliability the source grade letter, 0 when ungraded
 * @param credibility the information grade, 0 when ungraded
 */
public record EventPoint(String id, double lat, double lon, long start, long end, SubEventType type,
                         Integer fatalities, boolean contested, char reliability, int credibility, String place) {
    public static EventPoint of(Event e) {
        boolean placed = e.location() != null && e.location().resolved();
        return new EventPoint(e.id(), placed ? e.location().lat() : Double.NaN,
                placed ? e.location().lon() : Double.NaN, e.date() == null ? -1 : e.date().start().toEpochDay(),
                e.date() == null ? -1 : e.date().end().toEpochDay(), e.subEventType(), e.fatalities(),
                e.contested(), e.grade() == null ? 0 : e.grade().reliability(),
                e.grade() == null ? 0 : e.grade().credibility(), e.location() == null ? null : e.location().name());
    }

    public boolean placed() {
        return !Double.isNaN(lat);
    }

    public boolean dated() {
        return start >= 0;
    }

    public LocalDate startDate() {
        return LocalDate.ofEpochDay(start);
    }
}
