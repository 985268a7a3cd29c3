package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Feeds, WARC archives and article dumps written by the tests themselves (our own sentences, made-up towns where
 * a place does not matter), so the container readers are tested on files whose every byte is known.
 */
public final class ArchiveFixtures {
    private ArchiveFixtures() {
    }

    /** A short article of our own, different for each {@code n}. */
    public static String article(int n) {
        return "Government forces shelled the town of Saraqib on the morning of " + (n % 27 + 1)
                + " March, killing " + (n % 5 + 2) + " civilians, local activists said. The shelling hit a market "
                + "and a school, and residents fled towards the north. Article number " + n + " of the test set.";
    }

    /** An RSS 2.0 feed: items dated 2024-03-01 plus {@code i} days, item 3 without any body. */
    public static String rss(int items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel><title>Test Wire</title>\n"
                + "<link>https://wire.example/</link>\n");
        for (int i = 1; i <= items; i++) {
            b.append("<item><title>Shelling report ").append(i).append("</title>\n")
                    .append("<link>https://wire.example/news/").append(i).append("</link>\n")
                    .append("<pubDate>").append(rfc822(i)).append("</pubDate>\n")
                    .append("<dc:creator>Staff writer</dc:creator>\n");
            if (i != 3) {
                b.append("<description>Short summary only.</description>\n")
                        .append("<content:encoded><![CDATA[<p>").append(article(i)).append("</p>]]></content:encoded>\n");
            }
            b.append("</item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String rfc822(int i) {
        return java.time.ZonedDateTime.of(2024, 3, 1, 21, 30, 0, 0, java.time.ZoneOffset.ofHours(-5)).plusDays(i - 1)
                .format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    /** An Atom feed with one entry whose body is escaped HTML and one whose body is a summary. */
    public static String atom() {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "<title>Monitor Feed</title>\n"
                + "<entry><title>First entry</title><link rel=\"alternate\" href=\"https://monitor.example/a\"/>"
                + "<link rel=\"self\" href=\"https://monitor.example/a.atom\"/>"
                + "<updated>2024-04-02T10:00:00Z</updated><published>2024-04-01T08:00:00+03:00</published>"
                + "<author><name>Field team</name></author>"
                + "<content type=\"html\">&lt;p&gt;" + article(40) + "&lt;/p&gt;</content></entry>\n"
                + "<entry><title>Second entry</title><link href=\"https://monitor.example/b\"/>"
                + "<updated>2024-04-05T10:00:00Z</updated><summary>" + article(41) + "</summary></entry>\n"
                + "</feed>\n";
    }

    /** A JSON Lines dump: a text line, an html line, a line that is not JSON, one with no body, a blank line. */
    public static String jsonl() {
        return "{\"url\": \"https://dump.example/1\", \"title\": \"One\", \"published\": \"2024-05-01\", \"text\": \""
                + article(50) + "\\n\\n" + article(51) + "\"}\n"
                + "{\"url\": \"https://dump.example/2\", \"title\": \"Two\", \"published\": \"2024-05-03T09:00:00Z\", "
                + "\"html\": \"<p>" + article(52) + "</p>\"}\n"
                + "{not json at all\n"
                + "{\"url\": \"https://dump.example/4\", \"title\": \"Four\"}\n"
                + "\n"
                + "{\"url\": \"https://dump.example/5\", \"published\": \"2024-04-20\", \"text\": \"" + article(53)
                + "\"}\n";
    }

    /** An HTML page of our own around an article. */
    public static String page(String title, int n) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2024-06-0" + (n % 9 + 1) + "T12:00:00Z\">"
                + "</head><body><article><h1>" + title + "</h1><p>" + article(n) + "</p></article></body></html>";
    }

    /**
     * A WARC archive, each record its own gzip member when {@code gzip}: warcinfo, a request, a plain 200 HTML
     * response, a chunked and gzip-encoded HTML response, an image, a 404 page, a response whose gzip body is broken,
     * and a plain-text resource record. Documents: records 3, 4 and 8; record 7 is bad.
     */
    public static void warc(Path file, boolean gzip) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            record(out, gzip, "warcinfo", null, "application/warc-fields", ascii("software: sitrep tests\r\n"));
            record(out, gzip, "request", "https://news.example/a", "application/http; msgtype=request",
                    ascii("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"));
            record(out, gzip, "response", "https://news.example/a", "application/http; msgtype=response",
                    http("200 OK", "text/html; charset=utf-8", null, ascii(page("Page A", 60))));
            record(out, gzip, "response", "https://news.example/b", "application/http; msgtype=response",
                    http("200 OK", "text/html", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                            chunked(gzip(ascii(page("Page B", 61))))));
            record(out, gzip, "response", "https://news.example/logo.png", "application/http; msgtype=response",
                    http("200 OK", "image/png", null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}));
            record(out, gzip, "response", "https://news.example/gone", "application/http; msgtype=response",
                    http("404 Not Found", "text/html", null, ascii(page("Gone", 62))));
            record(out, gzip, "response", "https://news.example/broken", "application/http; msgtype=response",
                    http("200 OK", "text/html", "Content-Encoding: gzip\r\n", ascii("this is not gzip data")));
            record(out, gzip, "resource", "https://news.example/c.txt", "text/plain", ascii(article(63)));
        }
    }

    private static void record(OutputStream out, boolean gzip, String type, String uri, String contentType,
                               byte[] block) throws IOException {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(ascii("WARC/1.1\r\nWARC-Type: " + type + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2024-07-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
                + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n"));
        r.writeBytes(block);
        r.writeBytes(ascii("\r\n\r\n"));
        out.write(gzip ? gzip(r.toByteArray()) : r.toByteArray());
    }

    private static byte[] http(String status, String type, String extra, byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(ascii("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n"
                + (extra == null ? "Content-Length: " + body.length + "\r\n" : extra) + "\r\n"));
        b.writeBytes(body);
        return b.toByteArray();
    }

    static byte[] chunked(byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += 100) {
            int n = Math.min(100, body.length - i);
            b.writeBytes(ascii(Integer.toHexString(n) + "\r\n"));
            b.write(body, i, n);
            b.writeBytes(ascii("\r\n"));
        }
        b.writeBytes(ascii("0\r\n\r\n"));
        return b.toByteArray();
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(bytes);
        }
        return b.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
