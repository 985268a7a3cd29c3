package org.sitrep.eval.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceResolver;

/**
 * Scores the resolver on a labelled corpus: every gold toponym span is resolved in its document, with the other
 * gold spans as the document's place mentions (so spotting errors do not blur the geocoding figure).
 * Stateless and thread-safe.
 */
public final class GeoEvaluator {
    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;

    public GeoEvaluator() {
        this(Gazetteer.get());
    }

    public GeoEvaluator(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.resolver = new PlaceResolver(gazetteer);
    }

    public GeoScore evaluate(String corpus, List<GoldDocument> documents) {
        int n = 0;
        int resolved = 0;
        int at161 = 0;
        int at25 = 0;
        int goldIds = 0;
        int idMatches = 0;
        int area = 0;
        int areaResolved = 0;
        int area161 = 0;
        int area25 = 0;
        List<Double> errors = new ArrayList<>();
        List<GeoScore.Miss> misses = new ArrayList<>();
        for (GoldDocument d : documents) {
            List<Mention> ms = d.toponyms().stream().map(GoldToponym::mention).toList();
            for (GoldToponym g : d.toponyms()) {
                Location loc = resolver.resolve(Location.unresolved(g.mention()), new PlaceContext(d.text(), ms, null));
                boolean in = inArea(g.lat(), g.lon());
                n++;
                area += in ? 1 : 0;
                goldIds += g.gazetteerId() != null ? 1 : 0;
                if (!loc.resolved()) {
                    // listed with the wrong answers, unanswered (NaN km), so a lost answer shows in the misses
                    misses.add(new GeoScore.Miss(d.id(), g.mention().text(), null, "(unanswered)", Double.NaN));
                    continue;
                }
                double km = Geo.km(loc.lat(), loc.lon(), g.lat(), g.lon());
                errors.add(km);
                resolved++;
                at161 += km <= 161 ? 1 : 0;
                at25 += km <= 25 ? 1 : 0;
                idMatches += g.gazetteerId() != null && g.gazetteerId().equals(loc.gazetteerId()) ? 1 : 0;
                if (km > 161) {
                    misses.add(new GeoScore.Miss(d.id(), g.mention().text(), loc.gazetteerId(), loc.name(), km));
                }
                if (in) {
                    areaResolved++;
                    area161 += km <= 161 ? 1 : 0;
                    area25 += km <= 25 ? 1 : 0;
                }
            }
        }
        return new GeoScore(corpus, documents.size(), n, resolved, at161, at25, goldIds, idMatches, median(errors),
                area, areaResolved, area161, area25, misses);
    }

    /** Whether a point lies in one of the countries the gazetteer covers in depth (bounding boxes). */
    private boolean inArea(double lat, double lon) {
        for (String cc : Gazetteer.REGION_COUNTRIES) {
            if (gazetteer.countryBox(cc).map(b -> b.contains(lat, lon, 0)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }

    /** Only the documents of one split ("dev", "test"). */
    public static List<GoldDocument> split(List<GoldDocument> docs, String split) {
        return docs.stream().filter(d -> split.equals(d.split())).toList();
    }
}
