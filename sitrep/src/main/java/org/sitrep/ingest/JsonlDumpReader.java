package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an article dump in JSON Lines, one article a line: {@code {"url", "title", "published", "text"}}, or
 * {@code "html"} instead of {@code "text"}; {@code author} and {@code outlet} are read when present. A line that is
 * not such an object is reported (with its line number) and skipped; blank lines are passed over.
 */
final class JsonlDumpReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    void read(Path file, EntrySink sink) throws IngestException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                decoder))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    line(file + "#line " + n, line, sink);
                }
            }
        } catch (IOException e) {
            throw new IngestException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static void line(String label, String line, EntrySink sink) {
        if (line.length() > TextDecoder.MAX_BYTES) {
            sink.bad(label, "a line of " + line.length() + " characters, over the limit for an article");
            return;
        }
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.bad(label, "not JSON: " + e.getOriginalMessage());
            return;
        }
        if (n == null || !n.isObject()) {
            sink.bad(label, "not a JSON object");
            return;
        }
        String text = string(n, "text");
        String html = string(n, "html");
        if (text == null && html == null) {
            sink.bad(label, "no \"text\" or \"html\" member");
            return;
        }
        String published = string(n, "published");
        String iso = published == null ? null : FeedDate.iso(published).orElse(null);
        if (published != null && iso == null) {
            sink.bad(label, "\"published\" is not a date: " + published);
            return;
        }
        String url = string(n, "url");
        byte[] page = ArticlePage.of(string(n, "title"), url, iso, string(n, "author"), string(n, "outlet"), html,
                html == null ? text : null);
        sink.entry(new ArchiveEntry(label, url, page, null));
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
    }
}
