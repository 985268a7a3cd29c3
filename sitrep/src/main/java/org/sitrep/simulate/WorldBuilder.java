package org.sitrep.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.HashMap;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;

/**
 * Builds the starting world: Syrian populated places of the gazetteer whose English name a reader (the gazetteer)
 * takes for that place and no other, always including the sides' start towns and the towns along the routes; each
 * place starts with the side of its nearest start town; each route is used by the side that depends on it on the
 * first day (routes.tsv), else by the side holding most of its towns.
 */
final class WorldBuilder {
    /** How many nearest places count as a place's neighbours (a front runs between neighbours). */
    static final int NEIGHBOURS = 6;
    private static final String COUNTRY = "SY";
    private final Gazetteer gazetteer;
    private final List<SimSide> sides;
    private final Map<String, String> provinces = new HashMap<>();

    WorldBuilder(Gazetteer gazetteer, List<SimSide> sides) {
        this.gazetteer = gazetteer;
        this.sides = List.copyOf(sides);
        SimData.rows("provinces.tsv", "admin1", 2).forEach(r -> provinces.put(r.col(0), r.col(1)));
    }

    /** Every place a simulation may use, with its English name, in gazetteer order. */
    List<SimPlace> candidates() {
        List<SimPlace> out = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        for (Place p : gazetteer.entries()) {
            if (p.kind() != PlaceKind.POPULATED_PLACE || !COUNTRY.equals(p.country())) {
                continue;
            }
            String name = PlaceNames.english(p.name());
            List<PlaceMatch> read = gazetteer.candidates(name);
            if (read.isEmpty() || !read.get(0).place().id().equals(p.id()) || !names.add(name)) {
                continue; // a reader would take the name for another place, or two places share it
            }
            out.add(new SimPlace(out.size(), p.id(), name, p.lat(), p.lon(), p.population(), provinces.get(p.admin1()),
                    new int[0]));
        }
        return out;
    }

    World build(int placeCount, List<Route> routes, LocalDate start, SplittableRandom rnd) {
        List<SimPlace> all = candidates();
        Map<String, SimPlace> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.gazetteerId(), p));
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        sides.stream().filter(SimSide::ground).flatMap(s -> s.starts().stream()).filter(byId::containsKey)
                .forEach(chosen::add);
        routes.stream().flatMap(r -> r.towns().stream()).map(Town::gazetteerId).filter(byId::containsKey)
                .forEach(chosen::add);
        if (placeCount < chosen.size() || placeCount > all.size()) {
            throw new IllegalArgumentException("--places must be from " + chosen.size() + " (the start towns and "
                    + "the towns along the routes) to " + all.size() + " (the Syrian places the gazetteer names "
                    + "unambiguously), not " + placeCount);
        }
        List<SimPlace> rest = new ArrayList<>(all.stream().filter(p -> !chosen.contains(p.gazetteerId())).toList());
        for (int i = rest.size() - 1; i > 0; i--) {
            java.util.Collections.swap(rest, i, rnd.nextInt(i + 1));
        }
        for (int i = 0; chosen.size() < placeCount; i++) {
            chosen.add(rest.get(i).gazetteerId());
        }
        List<SimPlace> picked = chosen.stream().map(byId::get).sorted(Comparator.comparing(SimPlace::gazetteerId))
                .toList();
        List<SimPlace> places = withNeighbours(picked);
        int[] holders = startingHolders(places);
        List<SimRoute> simRoutes = routes(routes, places, holders, start);
        return new World(places, simRoutes, sides, holders);
    }

    private static List<SimPlace> withNeighbours(List<SimPlace> picked) {
        List<SimPlace> out = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            SimPlace p = picked.get(i);
            int self = i;
            int[] near = java.util.stream.IntStream.range(0, picked.size()).filter(j -> j != self).boxed()
                    .sorted(Comparator.comparingDouble(j -> Geo.km(p.lat(), p.lon(), picked.get(j).lat(),
                            picked.get(j).lon())))
                    .limit(NEIGHBOURS).mapToInt(Integer::intValue).toArray();
            out.add(new SimPlace(i, p.gazetteerId(), p.name(), p.lat(), p.lon(), p.population(), p.province(), near));
        }
        return out;
    }

    private int[] startingHolders(List<SimPlace> places) {
        Map<String, SimPlace> byId = new HashMap<>();
        places.forEach(p -> byId.put(p.gazetteerId(), p));
        int[] holders = new int[places.size()];
        for (SimPlace p : places) {
            double best = Double.MAX_VALUE;
            for (SimSide s : sides) {
                for (String start : s.starts()) {
                    SimPlace t = byId.get(start);
                    double km = t == null ? Double.MAX_VALUE : Geo.km(p.lat(), p.lon(), t.lat(), t.lon());
                    if (km < best) {
                        best = km;
                        holders[p.index()] = s.index();
                    }
                }
            }
        }
        return holders;
    }

    private List<SimRoute> routes(List<Route> routes, List<SimPlace> places, int[] holders, LocalDate start) {
        Map<String, Integer> index = new HashMap<>();
        places.forEach(p -> index.put(p.gazetteerId(), p.index()));
        List<SimRoute> out = new ArrayList<>();
        for (Route r : routes) {
            int[] towns = r.towns().stream().map(Town::gazetteerId).filter(index::containsKey)
                    .mapToInt(index::get).toArray();
            if (towns.length < 2) {
                continue;
            }
            Optional<Integer> user = r.dependentOn(start).flatMap(d -> sides.stream()
                    .filter(s -> s.ground() && s.actorId().equals(d.actorId())).map(SimSide::index).findFirst());
            out.add(new SimRoute(r.id(), r.name(), towns, user.orElseGet(() -> majority(towns, holders)),
                    near(towns, places)));
        }
        return out;
    }

    /** The places within {@link SimRoute#NEAR_KM} of the line through these towns. */
    private static int[] near(int[] towns, List<SimPlace> places) {
        return places.stream().filter(p -> {
            for (int i = 0; i + 1 < towns.length; i++) {
                SimPlace a = places.get(towns[i]);
                SimPlace b = places.get(towns[i + 1]);
                if (Geo.kmToSegment(p.lat(), p.lon(), a.lat(), a.lon(), b.lat(), b.lon()) <= SimRoute.NEAR_KM) {
                    return true;
                }
            }
            return false;
        }).mapToInt(SimPlace::index).toArray();
    }

    private int majority(int[] towns, int[] holders) {
        int[] count = new int[sides.size()];
        for (int t : towns) {
            count[holders[t]]++;
        }
        int best = 0;
        for (int s = 1; s < count.length; s++) {
            best = count[s] > count[best] ? s : best;
        }
        return best;
    }
}
