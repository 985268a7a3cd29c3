package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Geoparsing accuracy on the shared LGL and GeoVirus corpora (general news, mostly outside our Levant gazetteer):
 * gold toponym spans are resolved in their document and scored as the share within 161 km / 25 km of the gold
 * point, over all toponyms and over those whose gold point lies in the gazetteer's area. Prints the figures.
 * Run: mvn -o test -Dtest=GeoEvalIT -Dsurefire.failIfNoSpecifiedTests=false
 */
class GeoEvalIT {
    /** Rough box around SY, TR, IQ, LB, JO, IL, PS: what our gazetteer can know. */
    private static boolean inArea(double lat, double lon) {
        return lat >= 29 && lat <= 42.2 && lon >= 25.5 && lon <= 48.8;
    }

    private record Gold(Mention mention, double lat, double lon) {
    }

    private record Doc(String text, List<Gold> golds) {
    }

    @Test
    void lgl() throws Exception {
        report("lgl.xml", "article", "text", "toponym", "phrase");
    }

    @Test
    void geoVirus() throws Exception {
        report("GeoVirus.xml", "article", "text", "location", "name");
    }

    private void report(String file, String articleTag, String textTag, String topTag, String nameTag) throws Exception {
        String shared = System.getProperty("sitrep.shared");
        File f = shared == null ? null : new File(shared, "eval/geo/" + file);
        Assumptions.assumeTrue(f != null && f.isFile(), "shared eval data absent (sitrep.shared): " + file);
        List<Doc> docs = read(f, articleTag, textTag, topTag, nameTag);
        PlaceResolver resolver = new PlaceResolver();
        int n = 0, resolved = 0, at161 = 0, at25 = 0, area = 0, areaResolved = 0, area161 = 0, area25 = 0;
        for (Doc d : docs) {
            List<Mention> ms = d.golds().stream().map(Gold::mention).toList();
            PlaceContext ctx = new PlaceContext(d.text(), ms, null);
            for (Gold g : d.golds()) {
                Location loc = resolver.resolve(Location.unresolved(g.mention()), ctx);
                boolean in = inArea(g.lat(), g.lon());
                n++;
                area += in ? 1 : 0;
                if (!loc.resolved()) {
                    continue;
                }
                double km = Geo.km(loc.lat(), loc.lon(), g.lat(), g.lon());
                resolved++;
                at161 += km <= 161 ? 1 : 0;
                at25 += km <= 25 ? 1 : 0;
                if (in && km > 161 && Boolean.getBoolean("geoeval.verbose")) {
                    System.out.printf("  miss %s -> %s %s (%.0f km)%n", g.mention().text(), loc.gazetteerId(), loc.name(), km);
                }
                if (in) {
                    areaResolved++;
                    area161 += km <= 161 ? 1 : 0;
                    area25 += km <= 25 ? 1 : 0;
                }
            }
        }
        System.out.printf("%s: %d docs, %d toponyms; resolved %d; acc@161 %.3f, acc@25 %.3f (all toponyms)%n",
                file, docs.size(), n, resolved, at161 / (double) n, at25 / (double) n);
        System.out.printf("%s: in gazetteer area %d toponyms; resolved %d; acc@161 %.3f, acc@25 %.3f;"
                        + " precision of answers @161 %.3f%n", file, area, areaResolved,
                area == 0 ? 0 : area161 / (double) area, area == 0 ? 0 : area25 / (double) area,
                resolved == 0 ? 0 : at161 / (double) resolved);
        assertTrue(n > 0, "no toponyms read from " + file);
    }

    private static List<Doc> read(File f, String articleTag, String textTag, String topTag, String nameTag)
            throws Exception {
        var dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f);
        NodeList arts = dom.getElementsByTagName(articleTag);
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < arts.getLength(); i++) {
            Element a = (Element) arts.item(i);
            String text = child(a, textTag);
            if (text == null) {
                continue;
            }
            List<Gold> golds = new ArrayList<>();
            NodeList tops = a.getElementsByTagName(topTag);
            for (int j = 0; j < tops.getLength(); j++) {
                Element t = (Element) tops.item(j);
                String lat = child(t, "lat");
                String lon = child(t, "lon");
                String s = child(t, "start");
                String e = child(t, "end");
                if (lat == null || lon == null || s == null || e == null) {
                    continue;
                }
                int start = Integer.parseInt(s.trim());
                int end = Integer.parseInt(e.trim());
                if (end > text.length() || start >= end) {
                    continue;
                }
                golds.add(new Gold(Mention.of(text.substring(start, end), start, end),
                        Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim())));
            }
            out.add(new Doc(text, golds));
        }
        return out;
    }

    private static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }
}
