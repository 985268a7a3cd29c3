package org.sitrep.simulate;

import java.util.List;

/**
 * The state of the simulated world on the current day: who holds each place, and until when each route is cut by
 * an ambush. Places, routes and sides are fixed; the holders change as the war plays out.
 */
final class World {
    private final List<SimPlace> places;
    private final List<SimRoute> routes;
    private final List<SimSide> sides;
    private final int[] holder;
    /** The first day (as a day number) each route is no longer blocked by an ambush; 0 when it is not. */
    private final int[] blockedUntil;
    /** Where each route was last ambushed (a place index). */
    private final int[] blockedAt;

    World(List<SimPlace> places, List<SimRoute> routes, List<SimSide> sides, int[] initialHolders) {
        this.places = List.copyOf(places);
        this.routes = List.copyOf(routes);
        this.sides = List.copyOf(sides);
        this.holder = initialHolders.clone();
        this.blockedUntil = new int[routes.size()];
        this.blockedAt = new int[routes.size()];
    }

    List<SimPlace> places() {
        return places;
    }

    List<SimRoute> routes() {
        return routes;
    }

    List<SimSide> sides() {
        return sides;
    }

    int holder(int place) {
        return holder[place];
    }

    void take(int place, int side) {
        holder[place] = side;
    }

    boolean blocked(int route, int day) {
        return blockedUntil[route] > day;
    }

    void block(int route, int untilDay, int at) {
        blockedUntil[route] = untilDay;
        blockedAt[route] = at;
    }

    /**
     * A route's true state on a day: cut while ambushed or while a hostile side holds a town on it, contested on a
     * day of fighting or a strike on it or at a place near it, else open.
     */
    String routeState(int route, int day, java.util.function.IntPredicate fought) {
        if (blocked(route, day) || hostileTown(route) >= 0) {
            return "cut";
        }
        for (int t : routes.get(route).near()) {
            if (fought.test(t)) {
                return "contested";
            }
        }
        return "open";
    }

    /** Where a cut route is cut: the hostile town on it, else where it was ambushed; -1 when it is not cut. */
    int cutAt(int route, int day) {
        int t = hostileTown(route);
        return t >= 0 ? t : blocked(route, day) ? blockedAt[route] : -1;
    }

    /** The first town of a route held by a side other than its user, or -1 when its user holds them all. */
    int hostileTown(int route) {
        SimRoute r = routes.get(route);
        for (int t : r.towns()) {
            if (holder[t] != r.user()) {
                return t;
            }
        }
        return -1;
    }

    /** Whether a side's ground borders a place held by another side. */
    boolean borders(int place, int side) {
        if (holder[place] == side) {
            return false;
        }
        for (int n : places.get(place).neighbours()) {
            if (holder[n] == side) {
                return true;
            }
        }
        return false;
    }
}
