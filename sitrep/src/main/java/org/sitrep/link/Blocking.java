package org.sitrep.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * The blocking keys of reports for linking in parallel ({@link BlockKey}): time buckets of {@value #BUCKET_DAYS}
 * days over a report's date widened by its slack, one-degree cells within its reach (the linker's own radii, the
 * province reach, a road's or river's whole line), and the family of its type: types the compatibility table
 * connects, directly or through others, form one family, so reports of different families are never joined.
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
        this.families = families(types);
    }

    public static Blocking standard() {
        return new Blocking(Linker.standard(), LinkSettings.standard(), TypeCompatibility.standard());
    }

    /** Every block this report belongs to; empty for a report the linker never links. */
    public Set<BlockKey> keys(Report r) {
        if (!Linker.linkable(r)) {
            return Set.of();
        }
        LinkFeatures f = linker.features(r);
        List<Long> buckets = new ArrayList<>();
        buckets.add(BlockKey.NONE);
        if (f.dated()) {
            for (long b = Math.floorDiv(f.firstDay(), BUCKET_DAYS); b <= Math.floorDiv(f.lastDay(), BUCKET_DAYS);
                 b++) {
                buckets.add(b);
            }
        }
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
        List<String> fams = f.type() == null ? new ArrayList<>(new LinkedHashSet<>(families.values()))
                : new ArrayList<>(List.of(families.get(f.type())));
        fams.add(BlockKey.ANY_FAMILY);
        Set<BlockKey> out = new LinkedHashSet<>();
        for (long b : buckets) {
            if (b == BlockKey.NONE && f.dated() && !f.placed()) {
                continue; // undated reports block on place; with neither, a report links within its document only
            }
            for (long c : cells) {
                if (c == BlockKey.NONE && f.placed() && !f.dated()) {
                    continue;
                }
                for (String fam : fams) {
                    out.add(new BlockKey(b, c, fam));
                }
            }
        }
        return out;
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

    /** Each type's family: the connected parts of the compatibility table, named by their first type. */
    private static Map<SubEventType, String> families(TypeCompatibility types) {
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
                        if (!out.containsKey(y) && types.compatible(x, y)) {
                            todo.add(y);
                        }
                    }
                }
            }
        }
        return out;
    }
}
