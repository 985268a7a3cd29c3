package org.sitrep.model;

import java.util.List;

/**
 * One time expression of a text as {@code sitrep dates} lists it: offsets into the text (end exclusive), TIMEX3
 * type and value, other readings, flags, and the calendar interval as ISO dates (null when it cannot be anchored).
 */
public record TimeMention(String text, int start, int end, String type, String value, List<String> altValues,
                             List<String> flags, String from, String to, String precision) {
}
