package org.sitrep.link;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

/**
 * Which sub-event types may label one real-world event, from {@code type-compatibility.tsv} (symmetric; a type
 * is always compatible with itself). An unknown type (null) is compatible with any: it is no evidence either way.
 */
public final class TypeCompatibility {
    private final Map<SubEventType, Set<SubEventType>> partners;
    /** The same, by the types' ordinals: every pair of reports a document brings is checked, so it is a lookup. */
    private final boolean[][] compatible;

    private static final class Holder {
        static final TypeCompatibility INSTANCE = load();
    }

    private TypeCompatibility(Map<SubEventType, Set<SubEventType>> partners) {
        this.partners = partners;
        int n = SubEventType.values().length;
        this.compatible = new boolean[n][n];
        partners.forEach((a, with) -> with.forEach(b -> compatible[a.ordinal()][b.ordinal()] = true));
    }

    public static TypeCompatibility standard() {
        return Holder.INSTANCE;
    }

    static TypeCompatibility load() {
        Map<SubEventType, Set<SubEventType>> p = new EnumMap<>(SubEventType.class);
        for (SubEventType t : SubEventType.values()) {
            p.put(t, EnumSet.of(t));
        }
        for (DataRow line : LinkData.rows("type-compatibility.tsv", 2)) {
            String[] c = line.cols();
            SubEventType a = SubEventType.parse(c[0]).orElseThrow(() -> line.error("unknown sub-event type: " + c[0]));
            SubEventType b = SubEventType.parse(c[1]).orElseThrow(() -> line.error("unknown sub-event type: " + c[1]));
            if (a == b) {
                throw line.error("a type is always compatible with itself; do not list " + a.label());
            }
            p.get(a).add(b);
            p.get(b).add(a);
        }
        Map<SubEventType, Set<SubEventType>> frozen = new EnumMap<>(SubEventType.class);
        p.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new TypeCompatibility(frozen);
    }

    public boolean compatible(SubEventType a, SubEventType b) {
        return a == null || b == null || compatible[a.ordinal()][b.ordinal()];
    }

    /**
     * How specific a label is: a type compatible with fewer others says more. Used to break ties when merging
     * (higher is more specific).
     */
    public int specificity(SubEventType t) {
        return t == null ? Integer.MIN_VALUE : -partners.get(t).size();
    }
}
