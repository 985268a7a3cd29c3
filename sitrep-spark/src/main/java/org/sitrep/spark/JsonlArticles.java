package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Articles from a JSONL dump, one {@code {url, title, published, text}} object a line, each turned into a small HTML
 * page (title, publication date as page metadata, paragraphs) so the shared document reader reads it as it reads a
 * saved page. Until the ingest package has its own JSONL reader; then this class gives way to it.
 */
final class JsonlArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticles() {
    }

    static boolean isJsonl(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".jsonl") || p.endsWith(".ndjson");
    }

    /** The articles of a JSONL file; a bad line becomes a source with a problem naming file and line. */
    static List<Source> read(String file, byte[] bytes) {
        List<Source> out = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(article(file, i + 1, lines[i]));
            }
        }
        return out;
    }

    private static Source article(String file, long line, String json) {
        String where = file + ":" + line;
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return Source.line(file, line, where, null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!n.isObject()) {
            return Source.line(file, line, where, null, "expected a JSON object");
        }
        String text = text(n, "text");
        if (text == null || text.isBlank()) {
            return Source.line(file, line, where, null, "no 'text'");
        }
        String url = text(n, "url");
        String path = url == null || url.isBlank() ? where : url;
        return Source.line(file, line, path, page(text(n, "title"), text(n, "published"), text), null);
    }

    private static byte[] page(String title, String published, String text) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head>");
        if (title != null) {
            b.append("<title>").append(Entities.escape(title)).append("</title>");
        }
        if (published != null) {
            b.append("<meta property=\"article:published_time\" content=\"").append(Entities.escape(published))
                    .append("\">");
        }
        b.append("</head><body><article>");
        if (title != null) {
            b.append("<h1>").append(Entities.escape(title)).append("</h1>");
        }
        for (String para : text.split("\\n\\s*\\n|\\n")) {
            if (!para.isBlank()) {
                b.append("\n<p>").append(Entities.escape(para.strip())).append("</p>");
            }
        }
        return b.append("\n</article></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode n, String member) {
        JsonNode v = n.get(member);
        return v == null || v.isNull() ? null : v.asText();
    }
}
