package org.sitrep.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Location;

/**
 * The lower-cased search columns of a record: one entry per line, matched by substring. Every store keys its
 * filter columns with these, so an actor, place or source filter answers the same whatever store is used.
 */
public final class SearchKeys {
    private SearchKeys() {
    }

    public static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    public static String actors(Collection<List<ActorRef>> groups) {
        Set<String> keys = new LinkedHashSet<>();
        for (List<ActorRef> g : groups) {
            for (ActorRef a : g) {
                keys.add(normalise(a.name()));
                if (a.id() != null) {
                    keys.add(normalise(a.id()));
                }
            }
        }
        return join(keys);
    }

    public static String place(Location l) {
        Set<String> keys = new LinkedHashSet<>();
        if (l != null) {
            keys.add(normalise(l.name()));
            if (l.admin1() != null) {
                keys.add(normalise(l.admin1()));
            }
            if (l.country() != null) {
                keys.add(normalise(l.country()));
            }
        }
        return join(keys);
    }

    public static void addSources(Set<String> keys, List<Attribution> chain, String outlet) {
        for (Attribution a : chain) {
            keys.add(normalise(a.name()));
        }
        if (outlet != null) {
            keys.add(normalise(outlet));
        }
    }

    public static String join(Collection<String> keys) {
        return keys.isEmpty() ? "" : "\n" + String.join("\n", keys) + "\n";
    }
}
