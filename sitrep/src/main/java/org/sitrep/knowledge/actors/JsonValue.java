package org.sitrep.knowledge.actors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value of an actor data file, read with Jackson's streaming parser: the few questions the entry parser asks
 * of a JSON tree. Jackson's own tree model needs its data-binding layer, whose first use loaded some 380 classes
 * and was about a third of a cold start's actor loading on one core.
 */
final class JsonValue {
    private static final JsonValue NULL = new JsonValue(null);

    /** A String, Integer, Long or other Number, Boolean, Map of fields, List of elements, or null. */
    private final Object value;

    private JsonValue(Object value) {
        this.value = value;
    }

    /** Reads the value starting at the parser's current token; the parser is left on its last token. */
    static JsonValue read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, JsonValue> fields = new LinkedHashMap<>();
                JsonToken next;
                while ((next = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, read(p)); // a repeated field keeps its last value, as Jackson's tree does
                }
                if (next != JsonToken.END_OBJECT) {
                    throw new JsonParseException(p, "unexpected end of input in an object");
                }
                return new JsonValue(Collections.unmodifiableMap(fields));
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new JsonParseException(p, "unexpected end of input in a list");
                    }
                    elements.add(read(p));
                }
                return new JsonValue(Collections.unmodifiableList(elements));
            }
            case VALUE_STRING:
                return new JsonValue(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new JsonValue(p.getNumberValue());
            case VALUE_TRUE:
                return new JsonValue(Boolean.TRUE);
            case VALUE_FALSE:
                return new JsonValue(Boolean.FALSE);
            case VALUE_NULL:
                return NULL;
            default:
                throw new IllegalStateException("not the start of a JSON value: " + t);
        }
    }

    /** The field's value; null when the field is absent (a JSON null is a value whose {@link #isNull} holds). */
    JsonValue get(String field) {
        return isObject() ? fields().get(field) : null;
    }

    boolean has(String field) {
        return get(field) != null;
    }

    boolean isNull() {
        return value == null;
    }

    boolean isObject() {
        return value instanceof Map;
    }

    boolean isArray() {
        return value instanceof List;
    }

    boolean isTextual() {
        return value instanceof String;
    }

    /** An integral number that fits an int. */
    boolean isInt() {
        return value instanceof Integer;
    }

    int intValue() {
        return value instanceof Number n ? n.intValue() : 0;
    }

    /** The text of a string, the written form of a number or boolean, "null" for null, else "". */
    String asText() {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return value == null ? "null" : "";
    }

    /** True for true, a non-zero number or the text "true"; else false. */
    boolean asBoolean() {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return value instanceof String s && s.strip().equals("true");
    }

    /** The fields of an object in written order (empty for other values). */
    @SuppressWarnings("unchecked")
    Map<String, JsonValue> fields() {
        return value instanceof Map ? (Map<String, JsonValue>) value : Map.of();
    }

    /** The elements of an array (empty for other values). */
    @SuppressWarnings("unchecked")
    List<JsonValue> elements() {
        return value instanceof List ? (List<JsonValue>) value : List.of();
    }
}
