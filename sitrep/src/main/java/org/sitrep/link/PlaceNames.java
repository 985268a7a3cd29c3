package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.NameKey;
import org.sitrep.model.Location;

/**
 * Place names as comparable word sets, for places that are not both resolved: "Hass village" and "Hass" agree,
 * "Tadmur city" and the resolved "Tadmur" agree. Words saying only what kind of place it is
 * ({@code place-generic-words.txt}) are left out. Thread-safe.
 */
final class PlaceNames {
    private final Set<String> generic;

    private static final class Holder {
        static final PlaceNames INSTANCE = new PlaceNames(load());
    }

    private PlaceNames(Set<String> generic) {
        this.generic = generic;
    }

    public static PlaceNames standard() {
        return Holder.INSTANCE;
    }

    private static Set<String> load() {
        Set<String> s = new HashSet<>();
        for (DataRow l : LinkData.lines("place-generic-words.txt")) {
            s.add(l.col(0));
        }
        return Set.copyOf(s);
    }

    /** The word sets a location is named by (its resolved name and the words of its mention), or none. */
    public List<Set<String>> keys(Location loc) {
        if (loc == null) {
            return List.of();
        }
        List<Set<String>> out = new ArrayList<>(2);
        add(loc.name(), out);
        add(loc.mention().text(), out);
        return List.copyOf(out);
    }

    private void add(String name, List<Set<String>> out) {
        Set<String> words = new HashSet<>();
        for (String t : NameKey.tokens(name)) {
            if (!generic.contains(t)) {
                words.add(t);
            }
        }
        if (!words.isEmpty() && !out.contains(words)) {
            out.add(Set.copyOf(words));
        }
    }

    /** Whether two locations are named alike: one name's words contain the other's. */
    public static boolean alike(List<Set<String>> a, List<Set<String>> b) {
        for (Set<String> x : a) {
            for (Set<String> y : b) {
                if (x.containsAll(y) || y.containsAll(x)) {
                    return true;
                }
            }
        }
        return false;
    }
}
