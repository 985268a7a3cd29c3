package org.sitrep.resolve.place;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;

/** What a place name means when its wording makes it an area: a governorate, a district or subdistrict. */
final class AreaReadings {
    private final Gazetteer gazetteer;

    AreaReadings(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The district and subdistrict readings of a mention named "X district": the largest of the closest name. */
    static List<PlaceMatch> districtUnits(List<PlaceMatch> matches) {
        return matches.stream()
                .filter(m -> Containment.adminArea(m.place()) && m.similarity() >= PlaceResolver.MIN_ANSWER_SIMILARITY)
                .max(Comparator.comparingDouble((PlaceMatch m) -> m.similarity())
                        .thenComparingDouble(m -> m.place().accuracyKm()))
                .map(List::of).orElse(List.of());
    }

    /**
     * The readings of a name worded as an area ("X governorate", "X countryside"): its governorate, else the largest
     * district or subdistrict of the name, else the governorate of a big town of the name.
     */
    List<PlaceMatch> of(List<PlaceMatch> matches) {
        Map<String, PlaceMatch> out = new LinkedHashMap<>();
        for (PlaceMatch m : matches) {
            if (m.place().kind() == PlaceKind.ADMIN1) {
                out.putIfAbsent(m.place().id(), m);
            }
        }
        if (out.isEmpty()) {
            // the largest area of the name: "Menbij countryside" means the district, not the town's subdistrict
            districtUnits(matches).forEach(m -> out.put(m.place().id(), m));
        }
        if (out.isEmpty()) {
            for (PlaceMatch m : matches) {
                Place p = m.place();
                if (p.admin1() != null && p.population() >= 50_000 && p.kind() != PlaceKind.DISTRICT) {
                    gazetteer.byId("ne:" + p.admin1()).ifPresent(u -> out.putIfAbsent(u.id(),
                            new PlaceMatch(u, m.matchedName(), m.similarity())));
                }
            }
        }
        return List.copyOf(out.values());
    }
}
