package org.sitrep.resolve.place;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.model.Candidate;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;

/**
 * Where the words after a mention say it lies: "Fleifel town in Idleb countryside", "X (Aleppo)", "in rural Y".
 * A container the gazetteer knows keeps only the readings of the mention inside it, and places the mention at the
 * container when none is left. Also says when a place lies inside a district or subdistrict.
 */
final class Containment {
    /** How far outside a governorate's outline a place named as lying in it may be (outlines are rounded). */
    static final double UNIT_SLACK_KM = 10;
    /** How far from a town a place named as lying in it, or in its countryside, may be. */
    static final double TOWN_REACH_KM = 25;
    static final double TOWN_COUNTRYSIDE_REACH_KM = 40;

    private final Readings readings;

    Containment(Readings readings) {
        this.readings = readings;
    }

    /**
     * What a container cue names, resolved: a governorate, an area with a radius, or a town with the reach its
     * wording gives ("in X" or "in the countryside of X").
     */
    record Holder(Place place, double reachKm, Place seat, boolean placesUnknown) {
        Holder(Place place, double reachKm) {
            this(place, reachKm, null);
        }

        Holder(Place place, double reachKm, Place seat) {
            this(place, reachKm, seat, true);
        }

        boolean holds(Place p, Gazetteer g) {
            if (p.kind().wideArea()) {
                return false;
            }
            if (place.kind() == PlaceKind.ADMIN1) {
                return g.kmOutside(place.admin1(), p.lat(), p.lon()) <= UNIT_SLACK_KM;
            }
            if (place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.FOREIGN_REGION) {
                // a unit abroad is a point without an outline: its country is what it tells of a town in it
                return place.country() != null && place.country().equals(p.country());
            }
            // "near Ashma in Kobani countryside": the countryside of a border district's seat reaches places its
            // centroid, 30 km inland, does not
            return Geo.km(place, p) <= reachKm || seat != null && Geo.km(seat, p) <= TOWN_COUNTRYSIDE_REACH_KM;
        }

        /**
         * The place of a mention known only by what holds it: the holder's point, at precision 3 for a governorate
         * and 2 for an area or the surroundings of a town (as ACLED codes "a village in X countryside"). A village
         * "in the countryside of" a town is placed at the town, not at the centroid of the district named after
         * it: the village lies around the town, and a border district's centroid can be 30 km from its seat.
         */
        Location located(Mention mention, Gazetteer g, List<Candidate> listed) {
            if (place.kind() == PlaceKind.COUNTRY || !placesUnknown) {
                // a country, or a name shared by several units, says too little to place a village: unknown stays
                return new Location(mention.text(), mention, null, null, null, null, null, null, listed);
            }
            Place at = seat != null ? seat : place;
            String admin1 = at.kind() == PlaceKind.FOREIGN_REGION ? at.name() : at.admin1() == null ? null
                    : g.byId("ne:" + at.admin1()).map(Place::name).orElse(null);
            int precision = at.kind() == PlaceKind.ADMIN1 || at.kind() == PlaceKind.FOREIGN_REGION ? 3 : 2;
            return new Location(at.name(), mention, at.lat(), at.lon(), precision, at.id(), admin1,
                    at.country(), listed);
        }
    }

    /**
     * The unit or town the words after a mention place it in, if they name one the gazetteer knows: the nearest
     * container first, then (when that one is unknown) the ones named after it, up to three ("X in rural Y in Z
     * countryside", "Kinyamahura (Bwisha, Rutshuru, Nord-Kivu)").
     */
    Holder after(String text, int end, Map<String, List<PlaceMatch>> cache) {
        return after(text, end, cache, false);
    }

    /**
     * As {@link #after(String, int, Map)}; {@code quarter}: the mention is a city's quarter ("the Hamdaniyah district
     * of Aleppo"), so a container that names both a town and its governorate is the town.
     */
    Holder after(String text, int end, Map<String, List<PlaceMatch>> cache, boolean quarter) {
        int at = end;
        for (int level = 0; level < 3; level++) {
            Optional<ContainerCue.Container> cue = ContainerCue.after(text, at);
            if (cue.isEmpty()) {
                return null;
            }
            Holder h = holder(cue.get(), cache, quarter);
            if (h != null) {
                return h;
            }
            at = cue.get().end();
        }
        return null;
    }

    /** {@code quarter}: the mention is a city's quarter, which lies in the town its container names. */
    private Holder holder(ContainerCue.Container cue, Map<String, List<PlaceMatch>> cache, boolean quarter) {
        List<PlaceMatch> ms = readings.candidates(cue.name(), cache).stream()
                // as written (up to accents and articles): "in March" is no container named like Maraş
                .filter(m -> m.similarity() >= Gazetteer.FOREIGN_MIN_SIMILARITY && Gazetteer.inRegion(m.place()))
                .toList();
        if (ms.isEmpty()) {
            return abroad(cue, cache); // nothing of the Levant by that name: a unit or country abroad, or nothing
        }
        Optional<Place> town = readings.unambiguous(cue.name(), cache)
                .filter(p -> ms.stream().anyMatch(m -> m.place().id().equals(p.id())))
                .filter(p -> !p.kind().wideArea() && !p.kind().linear());
        // "the Hamdaniyah district of Aleppo": the town, not the governorate of the same name
        Optional<Place> city = quarter && !cue.around() && !cue.comma()
                ? town.filter(p -> p.kind() == PlaceKind.POPULATED_PLACE) : Optional.empty();
        if (city.isPresent()) {
            return new Holder(city.get(), TOWN_REACH_KM);
        }
        Optional<PlaceMatch> unit = ms.stream().filter(m -> m.place().kind() == PlaceKind.ADMIN1).findFirst();
        if (unit.isPresent()) {
            return new Holder(unit.get().place(), 0);
        }
        // "Tal Sakhr in Syria": a reading in another country is another place of that name
        Optional<PlaceMatch> country = ms.stream().filter(m -> m.place().kind() == PlaceKind.COUNTRY
                && m.similarity() >= 1.0).findFirst();
        if (country.isPresent()) {
            return new Holder(country.get().place(), 0);
        }
        if (cue.comma()) {
            return null; // "Azaz, Marea and Tal Rifaat": a list of towns, not a town and its container
        }
        Optional<PlaceMatch> area = ms.stream().filter(m -> m.place().kind() == PlaceKind.DISTRICT
                && m.place().accuracyKm() > 0).max(Comparator.comparingDouble(m -> m.place().accuracyKm()));
        if (town.isPresent() && (area.isEmpty() || !cue.around())) {
            return new Holder(town.get(), cue.around() ? TOWN_COUNTRYSIDE_REACH_KM : TOWN_REACH_KM);
        }
        return area.map(a -> new Holder(a.place(), a.place().accuracyKm() + UNIT_SLACK_KM, seatOf(ms, a).orElse(null)))
                .orElse(null);
    }

    /**
     * A container outside the Levant, named as written: an admin-1 unit ("Granada (Andalucia)", "Idon town (Kajuru,
     * Kaduna)", "Zmiivka village, Kherson") or a country ("Tours, France"). Units of one name in several countries
     * hold nothing (which one is meant is unknown); one name for several units of one country (a region over its
     * provinces) holds that country's places without placing an unknown village.
     */
    private Holder abroad(ContainerCue.Container cue, Map<String, List<PlaceMatch>> cache) {
        List<Place> named = readings.candidates(cue.name(), cache).stream()
                .filter(m -> m.similarity() >= Gazetteer.FOREIGN_MIN_SIMILARITY && !Gazetteer.inRegion(m.place()))
                .map(PlaceMatch::place)
                .filter(p -> p.kind() == PlaceKind.FOREIGN_REGION || p.kind() == PlaceKind.COUNTRY)
                .distinct().toList();
        Optional<Place> country = named.stream().filter(p -> p.kind() == PlaceKind.COUNTRY).findFirst();
        if (country.isPresent()) {
            return new Holder(country.get(), 0);
        }
        if (named.isEmpty() || named.stream().map(Place::country).distinct().count() > 1) {
            return null;
        }
        return new Holder(named.get(0), 0, null, named.size() == 1);
    }

    /**
     * The town a district or subdistrict is named after, when the name reads as exactly one town inside it: "the
     * countryside of Tell Abiad" surrounds the town of Tell Abiad.
     */
    static Optional<Place> seatOf(List<PlaceMatch> ms, PlaceMatch area) {
        List<Place> towns = ms.stream().filter(m -> m.place().kind() == PlaceKind.POPULATED_PLACE
                        && m.similarity() >= area.similarity() - PlaceResolver.LOOSE_GAP
                        && inArea(m.place(), area.place()))
                .map(PlaceMatch::place).distinct().toList();
        return towns.size() == 1 ? Optional.of(towns.get(0)) : Optional.empty();
    }

    /** A district or subdistrict of Syria: an area with a radius, named after its seat. */
    static boolean adminArea(Place p) {
        return p.kind() == PlaceKind.DISTRICT && ("ADM2".equals(p.featureCode()) || "ADM3".equals(p.featureCode()));
    }

    /**
     * Whether a place may lie inside a district or subdistrict: within twice the radius of a disc of its area from
     * its centroid (units are irregular, and a seat can lie at one end: Douma is 115 km from its district's
     * centroid in the desert), in the same governorate.
     */
    static boolean inArea(Place p, Place area) {
        return Geo.km(p, area) <= 2 * area.accuracyKm() + UNIT_SLACK_KM
                && (p.admin1() == null || p.admin1().equals(area.admin1()));
    }

    /**
     * A name read as a place, not an area: a district or subdistrict gives way to a town of about the same name
     * inside it ("Al Bab" is the town; "the Al Bab countryside" the area), and stays a reading only where no such
     * town is known.
     */
    static List<PlaceMatch> townsOverAreas(List<PlaceMatch> matches) {
        if (matches.stream().noneMatch(m -> Containment.adminArea(m.place()))) {
            return matches;
        }
        Map<String, PlaceMatch> kept = new LinkedHashMap<>();
        for (PlaceMatch a : matches) {
            if (!Containment.adminArea(a.place())) {
                kept.merge(a.place().id(), a, PlaceMatch::closer);
                continue;
            }
            List<PlaceMatch> towns = matches.stream().filter(t -> t.place().kind() == PlaceKind.POPULATED_PLACE
                    && t.similarity() >= a.similarity() - PlaceResolver.LOOSE_GAP && inArea(t.place(), a.place()))
                    .toList();
            if (towns.isEmpty()) {
                kept.merge(a.place().id(), a, PlaceMatch::closer);
            }
            // a unit is named after its seat: "Sidnaya" as the subdistrict's spelling vouches for the town the
            // gazetteer spells "Saydnaya" as much as for the unit, which a town abroad spelt nearly alike ("Sidon")
            // must not outweigh
            for (PlaceMatch t : towns) {
                PlaceMatch vouched = a.similarity() > t.similarity()
                        ? new PlaceMatch(t.place(), a.matchedName(), a.similarity()) : t;
                kept.merge(t.place().id(), vouched, PlaceMatch::closer);
            }
        }
        return kept.values().stream().sorted(PlaceMatch.BEST_FIRST).toList();
    }
}
