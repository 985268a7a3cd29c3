package org.sitrep.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading and writing single JSON members, each failure a {@link JsonFormatException} naming the member. */
final class JsonFields {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonFields() {
    }

    static Iterable<JsonNode> elements(JsonNode n, String where) {
        if (n == null || !n.isArray()) {
            throw new JsonFormatException(where + ": expected an array");
        }
        return n;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
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
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonFormatException(member + ": not a YYYY-MM-DD date: " + s, e);
        }
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
