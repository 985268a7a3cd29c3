package org.sitrep.link.assess;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.knowledge.NameKey;
import org.sitrep.model.ActorRef;

/**
 * What assessment needs to know of actors: the belligerent party an actor belongs to and whether it is a state
 * force ({@code belligerents.tsv}), whether a name blames nobody in particular ({@code unspecified-actors.txt}),
 * and whether it denotes civilians ({@code civilian-actors.txt}). Names are compared case- and
 * punctuation-insensitively; unknown actors stay unknown. Immutable and thread-safe.
 */
final class Belligerents {
    static final String PARTIES = "belligerents.tsv";
    static final String UNSPECIFIED = "unspecified-actors.txt";
    static final String CIVILIANS = "civilian-actors.txt";

    record Party(String name, boolean state) {
    }

    private static volatile Belligerents bundled;

    private final Map<String, Party> parties;
    private final Set<String> unspecified;
    private final Set<String> civilians;

    Belligerents(Map<String, Party> parties, Set<String> unspecified, Set<String> civilians) {
        this.parties = Map.copyOf(parties);
        this.unspecified = Set.copyOf(unspecified);
        this.civilians = Set.copyOf(civilians);
    }

    static Belligerents bundled() {
        Belligerents b = bundled;
        if (b == null) {
            synchronized (Belligerents.class) {
                b = bundled;
                if (b == null) {
                    b = new Belligerents(parties(DataLines.bundled(PARTIES, 3)), names(DataLines.bundled(UNSPECIFIED,
                            1)), names(DataLines.bundled(CIVILIANS, 1)));
                    bundled = b;
                }
            }
        }
        return b;
    }

    static Map<String, Party> parties(List<DataRow> rows) {
        Map<String, Party> out = new HashMap<>();
        for (DataRow row : rows) {
            String kind = row.col(2);
            if (!kind.equals("state") && !kind.equals("non-state")) {
                throw row.error("kind must be 'state' or 'non-state', found '" + kind + "'");
            }
            String key = NameKey.of(row.col(0));
            if (key.isEmpty() || row.col(1).isEmpty()) {
                throw row.error("actor and party must be given");
            }
            if (out.put(key, new Party(row.col(1), kind.equals("state"))) != null) {
                throw row.error("actor '" + row.col(0) + "' is listed twice");
            }
        }
        return out;
    }

    static Set<String> names(List<DataRow> rows) {
        Set<String> out = new HashSet<>();
        for (DataRow row : rows) {
            String key = NameKey.of(row.col(0));
            if (key.isEmpty() || !out.add(key)) {
                throw row.error("empty or repeated name '" + row.col(0) + "'");
            }
        }
        return out;
    }

    Optional<Party> party(ActorRef actor) {
        return Optional.ofNullable(parties.get(NameKey.of(actor.name())));
    }

    /** A key that is equal for actors of one party: the party when known, else the actor's own name. */
    String sideKey(ActorRef actor) {
        return party(actor).map(p -> "party:" + p.name()).orElse("actor:" + NameKey.of(actor.name()));
    }

    /** True, false, or empty when unknown: category 1 or 8 (state / external forces), else the party table. */
    Optional<Boolean> state(ActorRef actor) {
        if (actor.category() != null) {
            return Optional.of(actor.category() == 1 || actor.category() == 8);
        }
        return party(actor).map(Party::state);
    }

    boolean unspecified(ActorRef actor) {
        return unspecified.contains(NameKey.of(actor.name()));
    }

    boolean civilian(ActorRef actor) {
        return (actor.category() != null && actor.category() == 7) || civilians.contains(NameKey.of(actor.name()));
    }
}
