package org.sitrep.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an article as an HTML page under {@code articles/YYYY-MM-DD/ID.html} (the day it is published): the
 * outlet in {@code og:site_name}, the page's date in {@code article:published_time}, the title and paragraphs.
 */
final class ArticleWriter {
    private final Path root;
    private Path day;
    private String dayName;

    ArticleWriter(Path out) {
        this.root = out.resolve("articles");
    }

    /** The file's path relative to the output folder. */
    String write(Article a) {
        String name = a.published().toString();
        try {
            if (!name.equals(dayName)) {
                day = Files.createDirectories(root.resolve(name));
                dayName = name;
            }
            Path file = day.resolve(a.id() + ".html");
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(html(a));
            }
            return "articles/" + name + "/" + a.id() + ".html";
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot write article " + a.id() + ": " + e.getMessage(), e);
        }
    }

    static String html(Article a) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(a.title())).append("</title>\n<meta property=\"og:site_name\" content=\"")
                .append(escape(a.outlet().name())).append("\">\n<meta property=\"article:published_time\" content=\"")
                .append(a.pageDate()).append("\">\n</head><body><article>\n<h1>").append(escape(a.title()))
                .append("</h1>\n");
        for (String p : a.body()) {
            b.append("<p>").append(escape(p)).append("</p>\n");
        }
        return b.append("</article></body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
