package org.sitrep.model.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A route: a road of the gazetteer with its name, aliases and the towns along it in order (its line is their
 * points in order), the sides that depend on it and the page its facts come from.
 */
public record Route(String id, String name, List<String> aliases, List<Town> towns, List<Dependence> dependents,
                    String source) {
    public Route {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        towns = List.copyOf(towns);
        dependents = List.copyOf(dependents);
        if (towns.size() < 2) {
            throw new IllegalArgumentException(id + ": a route needs at least two towns");
        }
    }

    /** The side that depends on the route on a day, when one is known. */
    public Optional<Dependence> dependentOn(LocalDate day) {
        return dependents.stream().filter(d -> d.covers(day)).findFirst();
    }
}
