package org.sitrep.json;

import java.time.LocalDate;
import java.util.HashMap;

/**
 * The values a thread's recent reads share. An answer keeps tens of thousands of events' facts alive while it
 * works, and they name the same few hundred places, actors, sources and days: one copy of each instead of one per
 * event halves the objects a young collection must copy (its pauses were a quarter of a year-long road answer).
 * Bounded: emptied when full, so a long stream over many names keeps at most {@link #MAX} of them.
 */
final class SharedValues {
    static final int MAX = 8_192;
    private static final ThreadLocal<SharedValues> LOCAL = ThreadLocal.withInitial(SharedValues::new);
    private final HashMap<String, String> texts = new HashMap<>();
    private final HashMap<String, LocalDate> days = new HashMap<>();
    private final HashMap<Long, LocalDate> epochDays = new HashMap<>();

    static SharedValues local() {
        return LOCAL.get();
    }

    String text(String s) {
        String kept = texts.putIfAbsent(s, s);
        if (kept == null && texts.size() > MAX) {
            texts.clear();
        }
        return kept == null ? s : kept;
    }

    LocalDate day(String s) {
        LocalDate d = days.get(s);
        if (d == null) {
            d = JsonFields.isoDay(s);
            if (days.size() >= MAX) {
                days.clear();
            }
            days.put(s, d);
        }
        return d;
    }

    LocalDate day(long epochDay) {
        LocalDate d = epochDays.get(epochDay);
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            if (epochDays.size() >= MAX) {
                epochDays.clear();
            }
            epochDays.put(epochDay, d);
        }
        return d;
    }
}
