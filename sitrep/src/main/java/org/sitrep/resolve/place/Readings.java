package org.sitrep.resolve.place;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.knowledge.places.Geo;
import org.sitrep.knowledge.places.Place;
import org.sitrep.knowledge.places.PlaceKind;
import org.sitrep.knowledge.places.PlaceMatch;

/**
 * The gazetteer readings of a name, looked up once per document through the caller's cache, and the one place a
 * name denotes without help. Shared by the resolver and the container rules so both read a name the same way.
 */
final class Readings {
    static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

    private final Gazetteer gazetteer;

    Readings(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * A place a name denotes without help: the only close match, or a town ten times bigger than any other
     * candidate (used as an anchor for the other mentions, never as an answer by itself).
     */
    Optional<Place> unambiguous(String name, Map<String, List<PlaceMatch>> cache) {
        List<PlaceMatch> all = candidates(LEADING_THE.matcher(name).replaceFirst(""), cache);
        if (all.isEmpty() || all.get(0).similarity() < 0.9) {
            return Optional.empty();
        }
        double bestSim = all.get(0).similarity();
        // only names about as close as the best compete: "Azaz" is not made ambiguous by "Aziziye"; and a name abroad,
        // which romanisation does not vary, competes only spelt as closely as the best: "Hama" is not made ambiguous
        // by El Hamma in Tunisia
        List<PlaceMatch> ms = all.stream().filter(m -> m.similarity() >= bestSim
                - (Gazetteer.inRegion(m.place()) ? 0.05 : 0)).toList();
        PlaceMatch top = ms.stream().max(Comparator.comparingLong(m -> m.place().population())).orElseThrow();
        boolean alone = ms.stream().allMatch(m -> m == top
                || Geo.km(m.place(), top.place()) <= PlaceResolver.SAME_PLACE_KM || m.place().kind() == PlaceKind.ADMIN1);
        boolean dominant = top.place().population() >= 5_000 && ms.stream().allMatch(m -> m == top
                || m.place().kind() == PlaceKind.ADMIN1 || m.place().population() * 10 <= top.place().population());
        return alone || dominant ? Optional.of(top.place()) : Optional.empty();
    }

    /** The admin-1 unit a region cue names: the unit itself, or the unit of the big town of that name. */
    Optional<PlaceMatch> admin1Of(String name, Map<String, List<PlaceMatch>> cache) {
        List<PlaceMatch> ms = candidates(name, cache);
        Optional<PlaceMatch> unit = ms.stream()
                .filter(m -> m.place().kind() == PlaceKind.ADMIN1 && m.similarity() >= 0.9).findFirst();
        if (unit.isPresent()) {
            return unit;
        }
        return ms.stream().filter(m -> m.similarity() >= 0.9 && m.place().population() >= 50_000
                        && m.place().admin1() != null && Gazetteer.inRegion(m.place()))
                .max(Comparator.comparingLong(m -> m.place().population()));
    }

    List<PlaceMatch> candidates(String name, Map<String, List<PlaceMatch>> cache) {
        return cache.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> gazetteer.candidates(name));
    }
}
