package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an RSS 2.0 or Atom feed file as it streams: each {@code item} or {@code entry} is a document with its link
 * as URL, its title, its publication date ({@code pubDate}, {@code dc:date}, Atom's {@code published}, else
 * {@code updated}) and its body ({@code content:encoded}, Atom {@code content}, else {@code description} or
 * {@code summary}) as HTML. An item with no body is reported and skipped; markup that is not well-formed ends the
 * file there (what was read before it stays read). DTDs and external entities are refused.
 */
final class FeedReader {
    private static final int MAX_FIELD = 4 * 1024 * 1024;
    /** The root elements of RSS 2.0 (and 0.9x), Atom and RSS 1.0 (RDF). */
    private static final java.util.Set<String> ROOTS = java.util.Set.of("rss", "feed", "RDF");

    void read(Path file, EntrySink sink) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            try {
                walk(file, x, sink);
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw new IngestException(file.toString(), "not well-formed feed markup"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()) + ": "
                    + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new IngestException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private void walk(Path file, XMLStreamReader x, EntrySink sink) throws XMLStreamException, IngestException {
        String site = null;
        int n = 0;
        boolean root = true;
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = x.getLocalName();
            if (root && !ROOTS.contains(name)) {
                throw new IngestException(file.toString(), "XML whose root element is <" + name
                        + ">, not an RSS or Atom feed");
            }
            root = false;
            if ("item".equals(name) || "entry".equals(name)) {
                n++;
                item(file + "#item " + n, readItem(x, name), site, sink);
            } else if ("title".equals(name) && site == null) {
                site = text(x);
            }
        }
    }

    /** The fields of one item, by the names this reader knows (first value wins, links by their rel). */
    private static Map<String, String> readItem(XMLStreamReader x, String end) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = key(x);
                if ("link".equals(name) && x.getAttributeValue(null, "href") != null) {
                    String rel = x.getAttributeValue(null, "rel");
                    if (rel == null || "alternate".equals(rel)) {
                        f.putIfAbsent("link", x.getAttributeValue(null, "href"));
                    }
                    depth++;
                } else if ("author".equals(name)) {
                    depth++; // Atom's author holds a name element; RSS's is an e-mail address, left out
                } else {
                    String value = text(x);
                    if (!value.isBlank()) {
                        f.putIfAbsent("author-name".equals(name) ? "author" : name, value);
                    }
                }
            }
        }
        return f;
    }

    /** An element's name, qualified where RSS modules reuse a local name. */
    private static String key(XMLStreamReader x) {
        String ns = x.getNamespaceURI();
        String local = x.getLocalName();
        if (ns != null && ns.startsWith("http://purl.org/rss/1.0/modules/content")) {
            return "content:" + local;
        }
        if (ns != null && ns.startsWith("http://purl.org/dc/elements")) {
            return "dc:" + local;
        }
        return "name".equals(local) ? "author-name" : local;
    }

    private static void item(String label, Map<String, String> f, String site, EntrySink sink) {
        String body = first(f, "content:encoded", "content", "description", "summary");
        if (body == null) {
            sink.bad(label, "an item with no content, description or summary");
            return;
        }
        String date = first(f, "pubDate", "dc:date", "published", "updated");
        String published = FeedDate.iso(date).orElse(null);
        String link = first(f, "link", "guid");
        String author = first(f, "dc:creator", "author");
        byte[] page = ArticlePage.of(f.get("title"), link, published, author, site, body, null);
        sink.entry(new ArchiveEntry(label, link, page, null));
    }

    private static String first(Map<String, String> f, String... keys) {
        for (String k : keys) {
            String v = f.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /**
     * The text of an element with simple content (the reader left on its end); an element with children (Atom's
     * XHTML content) gives their text with the markup as it was.
     */
    private static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (b.length() < MAX_FIELD) {
                        b.append(x.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    b.append('<').append(x.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        b.append("</").append(x.getLocalName()).append('>');
                    }
                }
                default -> { }
            }
        }
        return b.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(nl + 1)).strip();
    }
}
