package org.sitrep.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * The blocking keys of reports for linking in parallel ({@link BlockKey}): time buckets of {@value #BUCKET_DAYS}
 * days over a report's date widened by its slack, one-degree cells within its reach (the linker's own radii, the
 * province reach, a road's or river's whole line), and the family of its type: types the pair scorer lets link
 * (listed as compatible, or siblings under one ACLED event type), directly or through others, form one family, so
 * reports of different families are never joined. A report's own blocks are those of the values it has; blocks
 * lacking a date or a place are bridges, which reports that have them join only where a report lacking them needs
 * them ({@link #keys(Report, Predicate)}).
 */
public final class Blocking {
    static final int BUCKET_DAYS = 16;
    static final double CELL_DEG = 1.0;
    private static final double KM_PER_DEG = 110.5;

    private final Linker linker;
    private final LinkSettings settings;
    private final Map<SubEventType, String> families;

    public Blocking(Linker linker, LinkSettings settings, TypeCompatibility types) {
        this.linker = linker;
        this.settings = settings;
        this.families = families(types, settings.typeSiblings());
    }

    public static Blocking standard() {
        return new Blocking(Linker.standard(), LinkSettings.standard(), TypeCompatibility.standard());
    }

    /**
     * Every block this report may be offered to: its own blocks and every bridge (see {@link #keys(Report,
     * Predicate)}); empty for a report the linker never links.
     */
    public Set<BlockKey> keys(Report r) {
        return keys(r, k -> true);
    }

    /**
     * The blocks a report is offered to: its own ({@link #ownKeys}) and those of its bridges that {@code wanted}
     * accepts. A bridge is a block without a date, a place or both, where a report that has them meets the reports
     * that lack them (the linker joins an undated report with dated ones in its cells, an unplaced one with placed
     * ones on its days, and one with neither only with reports of its own document or others with neither). A
     * bridge that no report lacking the value owns joins reports that meet in their own blocks anyway, so the job
     * offers only the bridges some such report owns.
     */
    public Set<BlockKey> keys(Report r, Predicate<BlockKey> wanted) {
        if (!Linker.linkable(r)) {
            return Set.of();
        }
        LinkFeatures f = linker.features(r);
        List<Long> buckets = buckets(f);
        List<Long> cells = cells(f);
        Set<BlockKey> out = new LinkedHashSet<>();
        for (String fam : families(f)) {
            for (long b : buckets) {
                for (long c : cells) {
                    BlockKey k = new BlockKey(b, c, fam);
                    boolean own = (b == BlockKey.NONE) == !f.dated() && (c == BlockKey.NONE) == !f.placed();
                    if (own || wanted.test(k)) {
                        out.add(k);
                    }
                }
            }
        }
        return out;
    }

    /** The blocks of a report's own values: its buckets × its cells × its families (NONE where it lacks one). */
    public Set<BlockKey> ownKeys(Report r) {
        return keys(r, k -> false);
    }

    /** Whether a block is a bridge (it lacks a date, a place or both): only reports that lack them own it. */
    public static boolean bridge(BlockKey k) {
        return k.bucket() == BlockKey.NONE || k.cell() == BlockKey.NONE;
    }

    /** The report's time buckets over its widened dates, after NONE (every linkable report may bridge to it). */
    private static List<Long> buckets(LinkFeatures f) {
        List<Long> buckets = new ArrayList<>();
        buckets.add(BlockKey.NONE);
        if (f.dated()) {
            for (long b = Math.floorDiv(f.firstDay(), BUCKET_DAYS); b <= Math.floorDiv(f.lastDay(), BUCKET_DAYS);
                 b++) {
                buckets.add(b);
            }
        }
        return buckets;
    }

    /** The cells within the report's reach (a road's or river's whole line), after NONE. */
    private List<Long> cells(LinkFeatures f) {
        Set<Long> cells = new LinkedHashSet<>();
        cells.add(BlockKey.NONE);
        if (f.placed()) {
            double km = reachKm(f);
            cells.addAll(around(f.lat(), f.lon(), km));
            if (f.lineId() != null) {
                for (double[] p : linker.line(f.lineId())) {
                    cells.addAll(around(p[0], p[1], km));
                }
            }
        }
        return new ArrayList<>(cells);
    }

    /** Its type's family, or every family for a report without a type (compatible with any). */
    private Set<String> families(LinkFeatures f) {
        return f.type() == null ? new LinkedHashSet<>(families.values()) : Set.of(families.get(f.type()));
    }

    /** How far the linker may look from a report's point: the widest radius its rules allow. */
    private double reachKm(LinkFeatures f) {
        double r = Math.max(settings.radius(f.geoPrecision()), Math.max(settings.radius1(), settings.radius2()));
        if (f.geoPrecision() != null && f.geoPrecision() == 3) {
            r = Math.max(r, settings.provinceReachKm());
        }
        return f.lineId() != null ? Math.max(r, settings.radiusLine()) : r;
    }

    private static List<Long> around(double lat, double lon, double km) {
        double dLat = km / KM_PER_DEG;
        double nearPole = Math.min(89, Math.abs(lat) + dLat);
        double dLon = km / (KM_PER_DEG * Math.cos(Math.toRadians(nearPole)));
        long la0 = (long) Math.floor((lat - dLat + 90) / CELL_DEG);
        long la1 = (long) Math.floor((lat + dLat + 90) / CELL_DEG);
        long lo0 = (long) Math.floor((lon - dLon + 180) / CELL_DEG);
        long lo1 = (long) Math.floor((lon + dLon + 180) / CELL_DEG);
        List<Long> out = new ArrayList<>();
        for (long i = la0; i <= la1; i++) {
            for (long j = lo0; j <= lo1; j++) {
                out.add(i * 1000 + j);
            }
        }
        return out;
    }

    /**
     * Each type's family: the types the pair scorer lets link (listed pairs and, with {@code type_siblings}, types
     * under one ACLED event type), connected through each other, named by their first type.
     */
    private static Map<SubEventType, String> families(TypeCompatibility types, boolean siblings) {
        Map<SubEventType, String> out = new LinkedHashMap<>();
        for (SubEventType t : SubEventType.values()) {
            if (out.containsKey(t)) {
                continue;
            }
            List<SubEventType> todo = new ArrayList<>(List.of(t));
            while (!todo.isEmpty()) {
                SubEventType x = todo.remove(todo.size() - 1);
                if (out.putIfAbsent(x, t.label()) == null) {
                    for (SubEventType y : SubEventType.values()) {
                        if (!out.containsKey(y) && (types.compatible(x, y)
                                || siblings && x.eventType() == y.eventType())) {
                            todo.add(y);
                        }
                    }
                }
            }
        }
        return out;
    }
}
