package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes a JSON tree, or what a {@link Body} streams, as the UTF-8 bytes of the text its mapper writes, straight to
 * bytes: a store that binds the text as a string has the driver encode it again, as long as writing it took (a
 * record naming a place outside Latin-1 is a string of UTF-16). A character outside the BMP is written as its four
 * bytes, as encoding the text does; a lone surrogate, which the byte writer would escape where encoding the text
 * makes it '?', makes the text be written and encoded. Also writes a body as the mapper's text and reads it as a
 * tree, so a record's members are defined once, by what streams them ({@link RecordWriter}). Immutable and
 * thread-safe.
 */
final class Utf8Writer {
    /** Writes one JSON value to a generator. */
    @FunctionalInterface
    interface Body {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private final ObjectMapper mapper;
    private final ObjectWriter bytes;

    Utf8Writer(ObjectMapper mapper) {
        this.mapper = mapper;
        this.bytes = mapper.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    byte[] write(JsonNode node) {
        try {
            byte[] utf8 = bytes.writeValueAsBytes(node);
            return escapesSurrogate(utf8) ? mapper.writeValueAsString(node).getBytes(StandardCharsets.UTF_8) : utf8;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The body's value as {@link #write(JsonNode)} writes the same value as a tree. */
    byte[] write(Body body) {
        ByteArrayBuilder out = new ByteArrayBuilder();
        try (JsonGenerator g = bytes.createGenerator(out)) {
            body.writeTo(g);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory never fails", e);
        }
        byte[] utf8 = out.toByteArray();
        return escapesSurrogate(utf8) ? text(body).getBytes(StandardCharsets.UTF_8) : utf8;
    }

    /** The body's value as the mapper's text, as {@code writeValueAsString} writes the same value as a tree. */
    String text(Body body) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            body.writeTo(g);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory never fails", e);
        }
        return out.toString();
    }

    /** The body's value as a tree (an object: every record is one). */
    ObjectNode tree(Body body) {
        try (TokenBuffer tokens = new TokenBuffer(mapper, false)) {
            body.writeTo(tokens);
            return (ObjectNode) mapper.readTree(tokens.asParser());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory never fails", e);
        }
    }

    /**
     * Whether the bytes hold a backslash, 'u' and 'D' (or 'd'): the escape of a surrogate, or those characters of
     * the text after an escaped backslash; told apart they need not be, as either way the text is then written.
     */
    private static boolean escapesSurrogate(byte[] utf8) {
        for (int i = 0; i + 2 < utf8.length; i++) {
            if (utf8[i] == '\\' && utf8[i + 1] == 'u' && (utf8[i + 2] == 'D' || utf8[i + 2] == 'd')) {
                return true;
            }
        }
        return false;
    }
}
