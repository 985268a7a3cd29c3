package org.sitrep.eval.rams;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.SubEventType;

/**
 * The mapping of RAMS event types onto ACLED sub-event types (rams-acled.tsv): exact types, and prefixes ending in
 * ".*"; the longest matching entry wins, "-" means the type does not map. Every row must give a reason.
 */
final class RamsAcledMap {
    static final String FILE = "rams-acled.tsv";
    private static volatile RamsAcledMap instance;

    /** type or prefix (without ".*") -> ACLED type, or empty for "does not map". */
    private final Map<String, Optional<SubEventType>> exact = new HashMap<>();
    private final Map<String, Optional<SubEventType>> prefixes = new HashMap<>();

    RamsAcledMap(java.util.List<DataRow> rows) {
        for (DataRow r : rows) {
            if (r.cols().length < 3 || r.col(2).isEmpty()) {
                throw r.error("every mapping needs a reason in column 3");
            }
            String key = r.col(0);
            Optional<SubEventType> value;
            if (r.col(1).equals("-")) {
                value = Optional.empty();
            } else {
                value = Optional.of(acledType(r, 1));
            }
            Map<String, Optional<SubEventType>> target = key.endsWith(".*") ? prefixes : exact;
            String k = key.endsWith(".*") ? key.substring(0, key.length() - 2) : key;
            if (target.put(k, value) != null) {
                throw r.error("duplicate entry " + key);
            }
        }
    }

    /** Column {@code col} of the row as an ACLED sub-event type, spelt exactly as ACLED labels it. */
    static SubEventType acledType(DataRow r, int col) {
        return SubEventType.parse(r.col(col)).filter(s -> s.label().equals(r.col(col)))
                .orElseThrow(() -> r.error("unknown ACLED sub-event type '" + r.col(col) + "'"));
    }

    static RamsAcledMap get() {
        RamsAcledMap m = instance;
        if (m == null) {
            synchronized (RamsAcledMap.class) {
                if (instance == null) {
                    instance = new RamsAcledMap(DataRow.parse(FILE,
                            BundledResource.lines(RamsAcledMap.class, FILE), 2, IllegalStateException::new));
                }
                m = instance;
            }
        }
        return m;
    }

    /** The ACLED type of a RAMS type, empty when it does not map or is not listed. */
    Optional<SubEventType> acled(String ramsType) {
        Optional<SubEventType> e = exact.get(ramsType);
        if (e != null) {
            return e;
        }
        String t = ramsType;
        while (t.contains(".")) {
            t = t.substring(0, t.lastIndexOf('.'));
            Optional<SubEventType> p = prefixes.get(t);
            if (p != null) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** True when the type has an entry (mapped or explicitly unmapped). */
    boolean listed(String ramsType) {
        if (exact.containsKey(ramsType)) {
            return true;
        }
        String t = ramsType;
        while (t.contains(".")) {
            t = t.substring(0, t.lastIndexOf('.'));
            if (prefixes.containsKey(t)) {
                return true;
            }
        }
        return false;
    }
}
