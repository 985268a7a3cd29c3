package org.sitrep.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading and writing single JSON members, each failure a {@link JsonFormatException} naming the member. */
final class JsonFields {

    private JsonFields() {
    }

    static Iterable<JsonNode> elements(JsonNode n, String where) {
        if (n == null || !n.isArray()) {
            throw new JsonFormatException(where + ": expected an array");
        }
        return n;
    }

    static List<String> stringList(JsonNode n, String member) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(n, member)) {
            if (!v.isTextual()) {
                throw new JsonFormatException(member + ": expected strings");
            }
            out.add(v.asText());
        }
        return out;
    }

    static Iterable<JsonNode> array(JsonNode n, String member) {
        JsonNode a = n.get(member);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new JsonFormatException(member + ": expected an array");
        }
        return a;
    }

    static String text(JsonNode n, String member) {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new JsonFormatException(member + ": expected a string");
        }
        return v.asText();
    }

    static String required(JsonNode n, String member) {
        String s = text(n, member);
        if (s == null) {
            throw new JsonFormatException("missing member '" + member + "'");
        }
        return s;
    }

    static LocalDate localDate(JsonNode n, String member) {
        String s = text(n, member);
        try {
            return s == null ? null : isoDay(s);
        } catch (DateTimeException e) {
            throw new JsonFormatException(member + ": not a YYYY-MM-DD date: " + s, e);
        }
    }

    /**
     * A stored day, "YYYY-MM-DD": read digit by digit when it has that shape (an analysis decodes a hundred thousand
     * events' dates per answer, and the formatter's general parse was a tenth of that), by the formatter otherwise.
     */
    static LocalDate isoDay(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static int integer(JsonNode v, String where) {
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new JsonFormatException(where + ": expected an integer");
        }
        return v.intValue();
    }

    static double number(JsonNode n, String member) {
        Double d = optionalNumber(n, member);
        if (d == null) {
            throw new JsonFormatException("missing number '" + member + "'");
        }
        return d;
    }

    static Double optionalNumber(JsonNode n, String member) {
        JsonNode v = n.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new JsonFormatException(member + ": expected a number");
        }
        return v.doubleValue();
    }

    static <E extends Enum<E>> E wireEnum(Class<E> type, String wire, String where) {
        try {
            return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(where + ": unknown value '" + wire + "'", e);
        }
    }
}
