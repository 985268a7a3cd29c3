package org.sitrep.bench.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The gold place names of the geoparsing corpora (LGL {@code <toponym><phrase>}, GeoVirus
 * {@code <location><name>}), read at run time so the lexicon benchmark scans text containing real hits.
 */
final class ToponymNames {
    private ToponymNames() {
    }

    static Set<String> read(Path file) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            java.util.Deque<String> open = new java.util.ArrayDeque<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String tag = r.getLocalName();
                    String current = open.peek();
                    if ((tag.equals("phrase") && "toponym".equals(current))
                            || (tag.equals("name") && "location".equals(current))) {
                        String n = r.getElementText().strip();
                        if (n.chars().anyMatch(Character::isLetterOrDigit)) {
                            names.add(n);
                        }
                        continue;
                    }
                    open.push(tag);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
        }
        return names;
    }
}
