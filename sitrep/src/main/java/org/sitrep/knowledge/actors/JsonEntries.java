package org.sitrep.knowledge.actors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON array of objects, keeping the line each object starts on so problems can name it. */
final class JsonEntries {
    private static final JsonFactory JSON = new JsonFactory();

    record Entry(String source, int line, JsonValue node) {
        String where() {
            return source + ":" + line;
        }
    }

    private JsonEntries() {
    }

    static List<Entry> read(String sourceName, InputStream in) {
        List<Entry> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ActorDataException(List.of(sourceName + ":1: expected a JSON array of entries"));
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new ActorDataException(List.of(sourceName + ": unexpected end of file"));
                }
                int line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    throw new ActorDataException(List.of(sourceName + ":" + line + ": expected an object, found " + t));
                }
                out.add(new Entry(sourceName, line, JsonValue.read(p)));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ActorDataException(List.of(sourceName + ":" + line + ": malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ActorDataException(List.of(sourceName + ": cannot read: " + e.getMessage()));
        }
        return out;
    }
}
