package org.sitrep.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the article texts of the geoparsing corpora (LGL, GeoVirus): the {@code <text>} child of every
 * {@code <article>}. Everything else (toponyms, locations) is ignored: here the files are only a news-text corpus.
 */
public final class GeoCorpusReader {

    /** Every article text of the file, in file order; blank texts are skipped. */
    public List<Article> read(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        scan(file, Integer.MAX_VALUE, out);
        return out;
    }

    /** The first article only, without parsing the rest of the file (for cold-start timing). */
    public Optional<Article> first(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        scan(file, 1, out);
        return out.stream().findFirst();
    }

    private static void scan(Path file, int limit, List<Article> out) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // the corpora are local files; no DTDs or external entities are needed or wanted
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            int depthInArticle = -1;
            int depth = 0;
            int n = 0;
            while (r.hasNext() && out.size() < limit) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String tag = r.getLocalName();
                    if (tag.equals("article")) {
                        depthInArticle = depth;
                        n++;
                    } else if (tag.equals("text") && depth == depthInArticle + 1) {
                        String text = r.getElementText(); // consumes the end tag
                        depth--;
                        if (!text.isBlank()) {
                            out.add(new Article(name + "#" + n, text.strip()));
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == depthInArticle) {
                        depthInArticle = -1;
                    }
                    depth--;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not well-formed XML: " + e.getMessage(), e);
        }
    }
}
