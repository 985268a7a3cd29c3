package org.sitrep.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.function.Function;

/**
 * The values a thread's recent reads share. An answer keeps tens of thousands of events' facts alive while it
 * works, and they name the same few hundred places, actors, sources and days: one copy of each instead of one per
 * event halves the objects a young collection must copy (its pauses were a quarter of a year-long road answer).
 * Bounded: emptied when full, so a long stream over many names keeps at most {@link #MAX} of them.
 */
final class SharedValues {
    static final int MAX = 8_192;
    private static final int RECENT = 4_096;
    private static final ThreadLocal<SharedValues> LOCAL = ThreadLocal.withInitial(SharedValues::new);
    private final HashMap<String, String> texts = new HashMap<>();
    private final HashMap<String, LocalDate> days = new HashMap<>();
    private final HashMap<Long, LocalDate> epochDays = new HashMap<>();
    /** The last string seen per slot of its UTF-8 bytes' hash: a repeated name is found without making a string. */
    private final byte[][] recentBytes = new byte[RECENT][];
    private final String[] recentTexts = new String[RECENT];

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

    /** The text of {@code len} UTF-8 bytes at {@code off}, the one kept copy when it was seen before. */
    String text(byte[] b, int off, int len) {
        int h = 1;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 16)) & (RECENT - 1);
        byte[] seen = recentBytes[slot];
        if (seen != null && Arrays.equals(seen, 0, seen.length, b, off, off + len)) {
            return recentTexts[slot];
        }
        String kept = text(new String(b, off, len, StandardCharsets.UTF_8));
        recentBytes[slot] = Arrays.copyOfRange(b, off, off + len);
        recentTexts[slot] = kept;
        return kept;
    }

    LocalDate day(String s) {
        return kept(days, s, JsonFields::isoDay);
    }

    LocalDate day(long epochDay) {
        return kept(epochDays, epochDay, LocalDate::ofEpochDay);
    }

    private static <K, V> V kept(HashMap<K, V> map, K key, Function<K, V> make) {
        V v = map.get(key);
        if (v == null) {
            v = make.apply(key);
            if (map.size() >= MAX) {
                map.clear();
            }
            map.put(key, v);
        }
        return v;
    }
}
