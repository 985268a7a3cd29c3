package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The body of an HTTP response as a WARC response record keeps it: status line and headers parsed, chunked transfer
 * coding undone, then a gzip or deflate content coding. Only a 2xx response with an HTML or plain-text body is an
 * article; anything else is passed over ({@link Optional#empty()}).
 */
record HttpPayload(byte[] body, Optional<String> problem) {
    static Optional<HttpPayload> read(BoundedStream block) throws IOException {
        String status = WarcReader.line(block);
        if (status == null || !status.startsWith("HTTP/")) {
            return Optional.of(bad("no HTTP status line"));
        }
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[1].startsWith("2")) {
            return Optional.empty();
        }
        Map<String, String> h = WarcReader.headers(block);
        if (!isText(h.getOrDefault("content-type", "text/html").toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (block.remaining() > TextDecoder.MAX_BYTES) {
            return Optional.of(bad("payload of " + block.remaining() + " bytes, over the limit for an article"));
        }
        byte[] body = block.readAllBytes();
        String transfer = h.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        if (transfer.contains("chunked")) {
            body = dechunk(body);
        }
        String coding = h.getOrDefault("content-encoding", "identity").strip().toLowerCase(Locale.ROOT);
        try {
            body = switch (coding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> bounded(new GZIPInputStream(new ByteArrayInputStream(body)));
                case "deflate" -> inflate(body);
                default -> null;
            };
        } catch (IOException e) {
            return Optional.of(bad("a " + coding + " body that does not decompress: " + e.getMessage()));
        }
        return Optional.of(body == null ? bad("content encoding '" + coding + "' is not supported")
                : new HttpPayload(body, Optional.empty()));
    }

    static boolean isText(String contentType) {
        return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml")
                || contentType.startsWith("text/plain");
    }

    private static HttpPayload bad(String problem) {
        return new HttpPayload(new byte[0], Optional.of(problem));
    }

    /** Undoes chunked transfer coding (RFC 9112 7.1); trailers are dropped, a short last chunk kept as it is. */
    static byte[] dechunk(byte[] body) throws IOException {
        InputStream in = new ByteArrayInputStream(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        String size;
        while ((size = WarcReader.line(in)) != null) {
            int semi = size.indexOf(';');
            String hex = (semi >= 0 ? size.substring(0, semi) : size).strip();
            if (hex.isEmpty()) {
                continue;
            }
            long n;
            try {
                n = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("a chunk size that is not hexadecimal: " + hex);
            }
            if (n == 0) {
                break;
            }
            out.write(in.readNBytes((int) Math.min(n, Integer.MAX_VALUE)));
            WarcReader.line(in);
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] body) throws IOException {
        try {
            return bounded(new InflaterInputStream(new ByteArrayInputStream(body)));
        } catch (IOException e) {
            // some servers send raw deflate without the zlib wrapper
            return bounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)));
        }
    }

    /** Reads a decompressing stream, refusing to grow past the article limit (a decompression bomb). */
    private static byte[] bounded(InputStream in) throws IOException {
        try (in) {
            byte[] b = in.readNBytes((int) TextDecoder.MAX_BYTES + 1);
            if (b.length > TextDecoder.MAX_BYTES) {
                throw new IOException("decompresses to over " + TextDecoder.MAX_BYTES + " bytes");
            }
            return b;
        }
    }
}
