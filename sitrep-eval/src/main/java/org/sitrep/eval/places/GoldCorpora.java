package org.sitrep.eval.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.model.Mention;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads labelled geoparsing corpora: the XML of LGL ({@code <toponym>} with {@code <gaztag geonameid>}) and
 * GeoVirus ({@code <location>}), and our own JSON-lines format (one document a line:
 * {@code {"id","split","text","toponyms":[{"name","nth"?,"lat","lon","geonameid"?,"precision"?}]}}, where a
 * toponym is found as the {@code nth} (1-based, default 1) occurrence of {@code name} in the text).
 */
public final class GoldCorpora {
    private GoldCorpora() {
    }

    /** LGL or GeoVirus: the format is told by the tags found. */
    public static List<GoldDocument> readXml(Path file) throws IOException {
        org.w3c.dom.Document dom;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            try (InputStream in = Files.newInputStream(file)) {
                dom = f.newDocumentBuilder().parse(in);
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not a readable corpus: " + e.getMessage(), e);
        }
        NodeList arts = dom.getElementsByTagName("article");
        List<GoldDocument> out = new ArrayList<>();
        for (int i = 0; i < arts.getLength(); i++) {
            Element a = (Element) arts.item(i);
            String text = child(a, "text");
            if (text == null) {
                continue;
            }
            String id = a.hasAttribute("docid") ? a.getAttribute("docid") : file.getFileName() + "#" + (i + 1);
            List<GoldToponym> golds = new ArrayList<>();
            NodeList tops = a.getElementsByTagName("toponym");
            if (tops.getLength() == 0) {
                tops = a.getElementsByTagName("location");
            }
            for (int j = 0; j < tops.getLength(); j++) {
                Element t = (Element) tops.item(j);
                String lat = child(t, "lat");
                String lon = child(t, "lon");
                String s = child(t, "start");
                String e = child(t, "end");
                if (lat == null || lon == null || s == null || e == null) {
                    continue; // LGL leaves some toponyms without a gazetteer tag: nothing to score against
                }
                int start = Integer.parseInt(s.trim());
                int end = Integer.parseInt(e.trim());
                if (end > text.length() || start >= end) {
                    continue;
                }
                // GeoVirus' offsets are sometimes off by a character or two: realign on the phrase it gives
                String phrase = child(t, t.getTagName().equals("toponym") ? "phrase" : "name");
                if (phrase != null && !phrase.isBlank() && !text.substring(start, end).equals(phrase)) {
                    int near = nearest(text, phrase.strip(), start);
                    if (near < 0) {
                        continue;
                    }
                    start = near;
                    end = near + phrase.strip().length();
                }
                NodeList tag = t.getElementsByTagName("gaztag");
                String gid = tag.getLength() == 0 ? "" : ((Element) tag.item(0)).getAttribute("geonameid");
                golds.add(new GoldToponym(Mention.of(text.substring(start, end), start, end),
                        Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim()),
                        gid.isBlank() ? null : "geonames:" + gid.trim(), null));
            }
            out.add(new GoldDocument(id, null, text, golds));
        }
        return out;
    }

    /** Our JSON-lines format from a file. */
    public static List<GoldDocument> readJsonLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readJsonLines(in, file.toString());
        }
    }

    /** Our JSON-lines format; {@code name} is used in error messages. Blank lines and '#' lines are skipped. */
    public static List<GoldDocument> readJsonLines(InputStream in, String name) {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    out.add(document(json.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    private static GoldDocument document(JsonNode d) {
        String text = required(d, "text").asText();
        List<GoldToponym> golds = new ArrayList<>();
        for (JsonNode t : d.path("toponyms")) {
            String name = required(t, "name").asText();
            int nth = t.path("nth").asInt(1);
            int at = -1;
            for (int k = 0; k < nth; k++) {
                at = text.indexOf(name, at + 1);
                if (at < 0) {
                    throw new IllegalArgumentException("toponym '" + name + "' (occurrence " + nth + ") not in the text");
                }
            }
            String gid = t.path("geonameid").asText("");
            golds.add(new GoldToponym(Mention.of(name, at, at + name.length()), required(t, "lat").asDouble(),
                    required(t, "lon").asDouble(), gid.isEmpty() ? null : (gid.contains(":") ? gid : "geonames:" + gid),
                    t.has("precision") ? t.get("precision").asInt() : null));
        }
        return new GoldDocument(required(d, "id").asText(), d.path("split").asText(null), text, golds);
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }

    /** The occurrence of {@code phrase} starting within 5 characters of {@code start}, or -1. */
    private static int nearest(String text, String phrase, int start) {
        for (int d = 0; d <= 5; d++) {
            for (int at : new int[] {start - d, start + d}) {
                if (at >= 0 && text.startsWith(phrase, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }
}
