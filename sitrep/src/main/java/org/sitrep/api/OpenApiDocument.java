package org.sitrep.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import org.sitrep.json.SitrepJson;

/**
 * The served OpenAPI document: the main one with the paths and component schemas of further parts merged in (the
 * analysis routes keep theirs in {@value #ANALYSIS_RESOURCE}), so each part is edited on its own. A path or schema
 * named twice is an error, never a silent overwrite.
 */
final class OpenApiDocument {
    static final String ANALYSIS_RESOURCE = "openapi-analysis.json";

    private OpenApiDocument() {
    }

    static String merged(String main, String... parts) throws IOException {
        ObjectNode doc = read(main);
        for (String part : parts) {
            ObjectNode extra = read(part);
            into(doc.with("paths"), extra.path("paths"), part);
            into(doc.with("components").with("schemas"), extra.path("components").path("schemas"), part);
        }
        return SitrepJson.standard().write(doc);
    }

    private static void into(ObjectNode target, JsonNode extra, String part) {
        for (Iterator<Map.Entry<String, JsonNode>> it = extra.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (target.has(e.getKey())) {
                throw new IllegalStateException(part + ": " + e.getKey() + " is already in the OpenAPI document");
            }
            target.set(e.getKey(), e.getValue());
        }
    }

    private static ObjectNode read(String resource) throws IOException {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return (ObjectNode) SitrepJson.standard().parse(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
