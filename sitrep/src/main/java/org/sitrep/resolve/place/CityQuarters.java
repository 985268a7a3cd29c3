package org.sitrep.resolve.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.knowledge.places.SkeletonKey;

/**
 * Cities with quarters that news names ("the Hamdaniyah district", "Daraa al-Mahatta"), and the city a quarter is in.
 */
final class CityQuarters {
    /** A town big enough to have named quarters that news tells by name. */
    static final long CITY_POPULATION = 100_000;
    /** A name and then an article glued to a word: "Daraa al-Mahatta". */
    private static final Pattern CITY_THEN_ARTICLE =
            Pattern.compile("(\\p{L}[\\p{L}'’` -]*?)[\\s-]+(\\p{L}+)-\\p{Lu}\\p{L}+");

    private final Readings readings;

    CityQuarters(Readings readings) {
        this.readings = readings;
    }

    /** A city with quarters: {@value #CITY_POPULATION} people or more, or the seat of a governorate or country. */
    static boolean city(Place p) {
        String code = String.valueOf(p.featureCode());
        return p.kind() == PlaceKind.POPULATED_PLACE
                && (p.population() >= CITY_POPULATION || code.equals("PPLA") || code.equals("PPLC"));
    }

    /**
     * "Daraa al-Mahatta", "Homs al-Qadima": the one city whose name a name the gazetteer lacks starts with, before an
     * article and a word; empty otherwise (a village "Khan al-Sabeel" is no part of a place called Khan, no city).
     */
    Optional<Place> ofQuarterNamed(String name, Map<String, List<PlaceMatch>> cache) {
        Matcher m = CITY_THEN_ARTICLE.matcher(name);
        if (!m.matches() || !SkeletonKey.isArticle(m.group(2))) {
            return Optional.empty();
        }
        return onlyCity(readings.candidates(m.group(1), cache).stream()
                .filter(c -> c.similarity() >= PlaceResolver.MIN_ANSWER_SIMILARITY).map(PlaceMatch::place).toList());
    }

    /** The one city among the places, empty when none or several. */
    static Optional<Place> onlyCity(List<Place> places) {
        List<Place> cities = places.stream().filter(CityQuarters::city).distinct().toList();
        return cities.size() == 1 ? Optional.of(cities.get(0)) : Optional.empty();
    }
}
