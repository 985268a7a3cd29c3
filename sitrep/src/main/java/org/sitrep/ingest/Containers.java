package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Files that hold many documents: RSS/Atom feeds, WARC archives (plain or gzip) and JSON Lines article dumps. A file
 * is one by its name ({@code .rss}, {@code .atom}, {@code .warc}, {@code .warc.gz}, {@code .jsonl},
 * {@code .ndjson}; {@code .xml} when it holds a feed) or, whatever its name but {@code .html} or Markdown, by
 * what it starts with (a WARC version line, a feed's root element, a JSON object with a {@code text} or
 * {@code html} member).
 */
public final class Containers {
    /** The kinds of container, each with its reader. */
    public enum Kind {
        FEED("feed"), WARC("WARC archive"), JSONL("JSON Lines article dump");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final int SNIFF = 4096;
    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern DUMP_LINE = Pattern.compile("^\\s*\\{.*\"(text|html)\"\\s*:", Pattern.DOTALL);

    private Containers() {
    }

    /**
     * Whether a folder search should offer this file: its name says container, or it is an {@code .xml} file that
     * starts like a feed (other XML in a folder, a sitemap or a configuration, is left alone, not reported).
     */
    public static boolean hasContainerName(Path file) {
        String n = name(file);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".jsonl") || n.endsWith(".ndjson")
                || n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml") && startsLikeFeed(head(file));
    }

    private static boolean startsLikeFeed(String head) {
        return head.startsWith("<") && FEED_ROOT.matcher(head).find();
    }

    /** The kind of container a file is, or empty when it is an article file (or cannot be read: the reader says). */
    public static Optional<Kind> of(Path file) {
        String n = name(file);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Optional.of(Kind.WARC);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(Kind.JSONL);
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return Optional.of(Kind.FEED);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".md") || n.endsWith(".markdown")
                || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String head = head(file);
        if (head.startsWith("WARC/")) {
            return Optional.of(Kind.WARC);
        }
        if (startsLikeFeed(head)) {
            return Optional.of(Kind.FEED);
        }
        int nl = head.indexOf('\n');
        if (head.startsWith("{") && DUMP_LINE.matcher(nl < 0 ? head : head.substring(0, nl)).find()) {
            return Optional.of(Kind.JSONL);
        }
        return Optional.empty();
    }

    /** Reads a container of this kind, handing each document (or bad record) to the sink as it is read. */
    public static void read(Path file, Kind kind, EntrySink sink) throws IngestException {
        switch (kind) {
            case FEED -> new FeedReader().read(file, sink);
            case WARC -> new WarcReader().read(file, sink);
            case JSONL -> new JsonlDumpReader().read(file, sink);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** The first bytes, gunzipped when they are gzip, without a byte-order mark and leading blanks. */
    private static String head(Path file) {
        try {
            byte[] b;
            boolean gz = WarcReader.gzipped(file);
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = gz ? new GZIPInputStream(raw) : raw) {
                b = in.readNBytes(SNIFF);
            }
            String s = new String(b, StandardCharsets.UTF_8);
            return (s.startsWith("\uFEFF") ? s.substring(1) : s).stripLeading();
        } catch (IOException e) {
            return "";
        }
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }
}
