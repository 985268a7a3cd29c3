package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads a WARC archive (ISO 28500, versions 1.0 and 1.1; gzip-compressed record by record or whole, or not at all)
 * as it streams, one record at a time, so an archive of any size is read in little memory. Each {@code response}
 * record whose HTTP status is 2xx and whose payload is HTML or plain text is a document, its
 * {@code WARC-Target-URI} the URL and {@code WARC-Date} the fetch time (not the publication date, which the page
 * itself gives). {@code resource} records of HTML or text count too. Other records (requests, metadata, images)
 * are passed over unread. A bad record is reported by its number and offset and skipped; an archive whose framing
 * breaks (no {@code Content-Length}, a truncated block) ends there.
 */
final class WarcReader {
    private static final int MAX_LINE = 64 * 1024;

    void read(Path file, EntrySink sink) throws IngestException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CountingStream in = new CountingStream(gzipped(file) ? new GZIPInputStream(raw, 1 << 16) : raw)) {
            int n = 0;
            while (true) {
                long offset = in.count();
                String first = nextVersionLine(in);
                if (first == null) {
                    return;
                }
                n++;
                String label = file + "#record " + n + " (offset " + offset + ")";
                if (!first.startsWith("WARC/")) {
                    throw new IngestException(file.toString(), "record " + n + " at offset " + offset
                            + " does not start with a WARC version line; the rest of the archive is not read");
                }
                record(file, label, headers(in), in, sink);
            }
        } catch (IOException e) {
            throw new IngestException(file.toString(), "archive broken: " + e.getMessage()
                    + "; the rest of it is not read", e);
        }
    }

    static boolean gzipped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
    }

    private void record(Path file, String label, Map<String, String> h, CountingStream in, EntrySink sink)
            throws IOException, IngestException {
        long length;
        try {
            length = Long.parseLong(h.getOrDefault("content-length", "").strip());
        } catch (NumberFormatException e) {
            throw new IngestException(file.toString(), label.substring(file.toString().length() + 1)
                    + " has no valid Content-Length; the rest of the archive is not read");
        }
        BoundedStream block = new BoundedStream(in, length);
        String type = h.getOrDefault("warc-type", "").strip().toLowerCase(Locale.ROOT);
        String contentType = h.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        // decided first, handed on only once the whole block was there: a cut payload is never a document
        Runnable outcome = () -> { };
        try {
            if ("response".equals(type) && contentType.startsWith("application/http")) {
                Optional<HttpPayload> p = HttpPayload.read(block);
                if (p.isPresent()) {
                    outcome = p.get().problem().<Runnable>map(problem -> () -> sink.bad(label, problem))
                            .orElseGet(() -> () -> sink.entry(entry(label, h, p.get().body())));
                }
            } else if ("resource".equals(type) && HttpPayload.isText(contentType)) {
                if (length > TextDecoder.MAX_BYTES) {
                    outcome = () -> sink.bad(label, "payload of " + length + " bytes, over the limit for an article");
                } else {
                    byte[] body = block.readAllBytes();
                    outcome = () -> sink.entry(entry(label, h, body));
                }
            }
        } catch (IOException e) {
            if (in.ended()) {
                throw e;
            }
            outcome = () -> sink.bad(label, "payload unreadable: " + e.getMessage());
        }
        if (block.skipRest() < 0 || in.ended() && block.remaining() > 0) {
            throw new IOException(label.substring(file.toString().length() + 1) + " is cut short");
        }
        outcome.run();
    }

    private static ArchiveEntry entry(String label, Map<String, String> h, byte[] body) {
        String uri = h.getOrDefault("warc-target-uri", "").strip();
        if (uri.startsWith("<") && uri.endsWith(">")) {
            uri = uri.substring(1, uri.length() - 1);
        }
        Instant fetched;
        try {
            fetched = h.containsKey("warc-date") ? Instant.parse(h.get("warc-date").strip()) : null;
        } catch (DateTimeParseException e) {
            fetched = null;
        }
        return new ArchiveEntry(label, uri.isEmpty() ? null : uri, body, fetched);
    }

    /** The next non-blank line (records are followed by two line breaks), or null at the end. */
    private static String nextVersionLine(InputStream in) throws IOException {
        String line;
        do {
            line = line(in);
        } while (line != null && line.isBlank());
        return line;
    }

    /** Header lines up to the blank line, names lower-cased; continuation lines join the one before. */
    static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> h = new TreeMap<>();
        String last = null;
        String line;
        while ((line = line(in)) != null && !line.isEmpty()) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                h.merge(last, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                h.putIfAbsent(last, line.substring(colon + 1).strip());
            }
        }
        return h;
    }

    /** One line without its CR LF (or LF), as ISO-8859-1 (headers are ASCII); null at the end of the stream. */
    static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (b.length() >= MAX_LINE) {
                throw new IOException("a header line longer than " + MAX_LINE + " bytes");
            }
            b.append((char) c);
        }
        if (c < 0 && b.length() == 0) {
            return null;
        }
        int end = b.length();
        return end > 0 && b.charAt(end - 1) == '\r' ? b.substring(0, end - 1) : b.toString();
    }

    /** Counts the bytes read, for the offsets messages give. */
    static final class CountingStream extends java.io.FilterInputStream {
        private long count;
        private boolean ended;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        boolean ended() {
            return ended;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            } else {
                ended = true;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            } else if (n < 0) {
                ended = true;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
