package org.sitrep.knowledge.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonValueTest {
    private static List<JsonEntries.Entry> entries(String json) {
        return JsonEntries.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void read_objectsWithEveryKindOfValue_lineAndValues() {
        List<JsonEntries.Entry> es = entries("[\n{\"id\": \"a\", \"n\": 3, \"x\": 2.5, \"big\": 9999999999,\n"
                + " \"t\": true, \"f\": false, \"z\": null, \"l\": [\"p\", {\"q\": 1}], \"o\": {\"k\": \"v\"}},\n"
                + "{\"id\": \"b\", \"id\": \"c\"}\n]");
        assertEquals(2, es.size());
        assertEquals("t.json:2", es.get(0).where());
        assertEquals("t.json:4", es.get(1).where());
        JsonValue a = es.get(0).node();
        assertEquals(List.of("id", "n", "x", "big", "t", "f", "z", "l", "o"), List.copyOf(a.fields().keySet()));
        assertTrue(a.get("id").isTextual());
        assertEquals("a", a.get("id").asText());
        assertTrue(a.get("n").isInt());
        assertEquals(3, a.get("n").intValue());
        assertFalse(a.get("x").isInt(), "a fraction is no int");
        assertFalse(a.get("big").isInt(), "too big for an int");
        assertEquals("3", a.get("n").asText());
        assertTrue(a.get("t").asBoolean());
        assertFalse(a.get("f").asBoolean());
        assertTrue(a.has("z"));
        assertTrue(a.get("z").isNull());
        assertNull(a.get("absent"));
        assertFalse(a.has("absent"));
        assertTrue(a.get("l").isArray());
        assertEquals(2, a.get("l").elements().size());
        assertEquals(1, a.get("l").elements().get(1).get("q").intValue());
        assertEquals("v", a.get("o").get("k").asText());
        assertNull(a.get("id").get("k"), "a string has no fields");
        assertEquals("c", es.get(1).node().get("id").asText(), "a repeated field keeps its last value");
    }

    @Test
    void read_truncatedOrMalformed_namesFileAndLine() {
        ActorDataException cut = assertThrows(ActorDataException.class, () -> entries("[\n{\"id\": \"a\",\n"));
        assertTrue(cut.getMessage().contains("t.json:"), cut.getMessage());
        assertTrue(cut.getMessage().contains("malformed JSON"), cut.getMessage());
        ActorDataException bad = assertThrows(ActorDataException.class, () -> entries("[\n{\"id\": \"a\",,}\n]"));
        assertTrue(bad.getMessage().contains("t.json:2: malformed JSON"), bad.getMessage());
        ActorDataException list = assertThrows(ActorDataException.class, () -> entries("[\n{\"l\": [1, 2\n"));
        assertTrue(list.getMessage().contains("malformed JSON"), list.getMessage());
    }
}
