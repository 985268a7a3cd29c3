package org.sitrep.eval.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names the likely cause of one evaluation error, so that the errors of a run can be counted by cause rather than
 * read one by one: which TIMEX3 convention (weeks, decades, seasons, quarters, reference words) or which kind of
 * mistake (granularity, anchoring, a duration or time taken for a date) is behind a wrong value, a miss or a
 * spurious expression. A heuristic reading of the two values and the words, for developers; it scores nothing.
 */
public final class TimeMlErrorCause {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern DECADE_OR_CENTURY = Pattern.compile("\\d{2,3}X{0,2}|\\d{2}XX");
    private static final Pattern SEASON = Pattern.compile(".*-(?:SP|SU|FA|WI)$");
    private static final Pattern PART_OF_YEAR = Pattern.compile(".*-(?:Q|H)[1-4X]$");
    private static final Pattern WEEK = Pattern.compile(".*-W.*");

    private TimeMlErrorCause() {
    }

    /**
     * The cause of a wrong value: {@code gold} and {@code system} are TIMEX3 values, {@code words} the gold words.
     * Checked in order: reference words (PRESENT_REF and kin), weeks, decades and centuries, seasons, quarters and
     * halves, parts of the day, unspecified digits (X) in the gold, granularity (one value names a coarser or finer
     * period than the other), weekday anchoring, and anchoring (same grain, other period).
     */
    public static String ofValue(String words, String gold, String system) {
        if (gold.endsWith("_REF") || system.endsWith("_REF")) {
            return "value: PRESENT/PAST/FUTURE_REF";
        }
        if (gold.startsWith("P") || system.startsWith("P")) {
            return "value: duration-style value";
        }
        if (WEEK.matcher(gold).matches() || WEEK.matcher(system).matches()) {
            return gold.contains("-WXX") || gold.matches(".*-W\\d$") ? "value: week (gold WXX / one-digit week)"
                    : "value: week";
        }
        if (DECADE_OR_CENTURY.matcher(gold).matches() || DECADE_OR_CENTURY.matcher(system).matches()) {
            return "value: decade/century convention";
        }
        if (SEASON.matcher(gold).matches() || SEASON.matcher(system).matches()) {
            return "value: season";
        }
        if (PART_OF_YEAR.matcher(gold).matches() || PART_OF_YEAR.matcher(system).matches()) {
            return gold.length() == system.length() ? "value: quarter/half anchoring"
                    : "value: quarter/half vs other grain";
        }
        if (gold.contains("T") || system.contains("T")) {
            return "value: part of day";
        }
        if (gold.contains("X")) {
            return "value: gold underspecified (X)";
        }
        if (gold.length() != system.length()) {
            return "value: granularity";
        }
        if (WEEKDAY.matcher(words).find()) {
            return "value: weekday anchoring";
        }
        if (gold.length() >= 4 && system.length() >= 4 && !gold.substring(0, 4).equals(system.substring(0, 4))
                && gold.substring(4).equals(system.substring(4))) {
            return "value: year anchoring";
        }
        return "value: anchoring";
    }

    /** The cause of a gold DATE found by nothing, by the shape of its value. */
    public static String ofMiss(String words, String gold) {
        if (gold.endsWith("_REF")) {
            return "missed: reference word (" + gold + ")";
        }
        return words.trim().split("\\s+").length == 1 && !words.matches(".*\\d.*")
                && !WEEKDAY.matcher(words).find() ? "missed: bare noun (day, week, ...)" : "missed: date";
    }

    /** The cause of a system DATE with no gold DATE under it, by its value and the gold type there if any. */
    public static String ofSpurious(String goldType, String system) {
        if (goldType != null && !goldType.isEmpty()) {
            return "not a date: gold " + goldType.split(" ")[0].toLowerCase(Locale.ROOT);
        }
        return system.endsWith("_REF") ? "spurious: reference word (" + system + ")" : "spurious: date";
    }

    /** The cause of a gold DATE that the system typed otherwise. */
    public static String ofType(String systemType) {
        return "typed " + systemType.split(" ")[0] + " where gold has DATE";
    }
}
