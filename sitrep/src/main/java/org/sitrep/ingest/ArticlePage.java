package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;

/**
 * The HTML page sitrep writes for a document a feed item or an article dump gives as fields (title, URL, date,
 * body), so it is read, stored and reprocessed like any saved page: the fields go where a publisher's page puts
 * them (title, canonical link, published-time and site-name metadata), the body inside {@code <body>}. The same
 * fields always give the same bytes, so the same item ingested twice is one document.
 */
final class ArticlePage {
    private ArticlePage() {
    }

    /**
     * @param published an ISO date or date-time as the source gave it, or null
     * @param html the body as HTML, or null when {@code text} gives it as plain text (blank lines part paragraphs)
     */
    static byte[] of(String title, String url, String published, String author, String site, String html,
                     String text) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        if (title != null) {
            b.append("<title>").append(escape(title)).append("</title>\n");
        }
        meta(b, "property", "og:site_name", site);
        meta(b, "property", "article:published_time", published);
        meta(b, "name", "author", author);
        if (url != null) {
            b.append("<link rel=\"canonical\" href=\"").append(escape(url)).append("\">\n");
        }
        b.append("</head><body><article>\n");
        if (title != null) {
            b.append("<h1>").append(escape(title)).append("</h1>\n");
        }
        if (html != null) {
            b.append(html);
        } else if (text != null) {
            for (String para : text.split("\\R\\s*\\R")) {
                if (!para.isBlank()) {
                    b.append("<p>").append(escape(para.strip())).append("</p>\n");
                }
            }
        }
        b.append("\n</article></body></html>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void meta(StringBuilder b, String attr, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<meta ").append(attr).append("=\"").append(name).append("\" content=\"")
                    .append(escape(value.strip())).append("\">\n");
        }
    }

    private static String escape(String s) {
        return Entities.escape(s);
    }
}
