package org.sitrep.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Report;

/**
 * Known events in memory, blocked by day and by a lat/lon grid so that a lookup touches only the events near a
 * report in time and space. Reports lacking a place are found through their days, reports lacking a date through
 * their cells, and reports lacking both through one shared bucket. Apply each {@link LinkChanges} to keep it
 * current. Not thread-safe: one index per linking thread (the store serves the shared case).
 *
 * <p>Blocking is exact for the linker's rules: a report is registered in the cells within its own radius when
 * that radius exceeds the cell's reach, and looked up in the cells within max(own radius, the largest radius
 * registered in one cell), so two reports within the allowed distance always meet; days cover the widened
 * intervals on both sides.
 */
public final class InMemoryEventIndex implements EventIndex {
    private static final double CELL_DEG = 0.5;
    /** Km per degree of latitude (and of longitude at the equator), rounded down so cell reach is never short. */
    private static final double KM_PER_DEG = 110.5;
    /** Interpolation step along lines, so that cells between distant waypoints are covered too. */
    private static final double LINE_STEP_KM = 10;
    private static final long CELL_SPAN = 1L << 22;

    private final Linker linker;
    private final LinkSettings settings;
    /** A known event and when it was created. */
    private record Entry(EventCluster cluster, long sequence, List<LinkFeatures> features) {
    }

    private final Map<String, Entry> clusters = new HashMap<>();
    /** A known report: its features and the event it is registered under. */
    private record Known(LinkFeatures features, String eventId) {
    }

    private final Map<String, Known> features = new HashMap<>();
    /** Features of reports looked up but not yet added: kept for {@link #apply} (cleared there). */
    private final Map<String, LinkFeatures> pending = new HashMap<>();
    private final Map<Long, List<String>> byDayCell = new HashMap<>();
    private final Map<Long, List<String>> byDayUnplaced = new HashMap<>();
    private final Map<Long, List<String>> byCellUndated = new HashMap<>();
    private final Map<Long, List<String>> byDay = new HashMap<>();
    private final Map<Long, List<String>> byCell = new HashMap<>();
    private final List<String> blind = new ArrayList<>();
    private long nextSequence;

    public InMemoryEventIndex(Linker linker, LinkSettings settings) {
        this.linker = linker;
        this.settings = settings;
    }

    /** An index for {@link Linker#standard()}. */
    public static InMemoryEventIndex standard() {
        return new InMemoryEventIndex(Linker.standard(), LinkSettings.standard());
    }

    public int size() {
        return clusters.size();
    }

    /** The known events, oldest first. */
    public List<EventCluster> events() {
        return clusters.values().stream().sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                .map(Entry::cluster).toList();
    }

    /** Records what a linking step changed: absorbed events leave, new and grown events are (re)registered. */
    public void apply(LinkChanges changes) {
        for (String gone : changes.mergedInto().keySet()) {
            clusters.remove(gone);
        }
        for (EventCluster c : changes.touched()) {
            Entry old = clusters.get(c.eventId());
            List<LinkFeatures> fs = new ArrayList<>(c.reports().size());
            for (Report r : c.reports()) {
                Known k = features.get(r.id());
                if (k != null && k.eventId().equals(c.eventId())) {
                    fs.add(k.features());
                    continue; // already registered under this event
                }
                LinkFeatures f = k != null ? k.features() : pending.remove(r.id());
                if (f == null) {
                    f = linker.features(r);
                }
                features.put(r.id(), new Known(f, c.eventId()));
                register(c.eventId(), f);
                fs.add(f);
            }
            clusters.put(c.eventId(), new Entry(c, old == null ? nextSequence++ : old.sequence(), List.copyOf(fs)));
        }
        pending.clear();
    }

    /**
     * Registers an event under a report's keys. Registering again after a merge or growth adds the id to the
     * same buckets once more; lookups deduplicate, and absorbed ids are skipped.
     */
    private void register(String eventId, LinkFeatures f) {
        if (f.placed()) {
            List<Long> cells = cells(f, ownReach(f));
            for (long cell : cells) {
                add(byCell, cell, eventId);
                if (!f.dated()) {
                    add(byCellUndated, cell, eventId);
                }
            }
            if (f.dated()) {
                for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                    add(byDay, day, eventId);
                    for (long cell : cells) {
                        add(byDayCell, day * CELL_SPAN + cell, eventId);
                    }
                }
            }
        } else if (f.dated()) {
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                add(byDay, day, eventId);
                add(byDayUnplaced, day, eventId);
            }
        } else {
            blind.add(eventId);
        }
    }

    /**
     * Spreads a day/cell key over all 64 bits (a bijection, so keys stay distinct): Long's own hash folds the day
     * bits onto the cell bits and piles buckets up.
     */
    private static long mix(long k) {
        long x = k * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    private static void add(Map<Long, List<String>> map, long key, String id) {
        List<String> l = map.computeIfAbsent(mix(key), k -> new ArrayList<>(2));
        if (l.isEmpty() || !l.get(l.size() - 1).equals(id)) {
            l.add(id);
        }
    }

    @Override
    public List<EventCluster> candidates(Report report) {
        Known k = features.get(report.id());
        return candidates(report, k != null ? k.features() : linker.features(report));
    }

    @Override
    public List<EventCluster> candidates(Report report, LinkFeatures f) {
        if (!features.containsKey(report.id())) {
            pending.put(report.id(), f);
        }
        Set<String> ids = new LinkedHashSet<>();
        if (f.placed() && f.dated()) {
            List<Long> cells = cells(f, queryReach(f));
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                for (long cell : cells) {
                    collect(get(byDayCell, day * CELL_SPAN + cell), ids);
                }
                collect(get(byDayUnplaced, day), ids);
            }
            for (long cell : cells) {
                collect(get(byCellUndated, cell), ids);
            }
        } else if (f.dated()) {
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                collect(get(byDay, day), ids);
            }
        } else if (f.placed()) {
            for (long cell : cells(f, queryReach(f))) {
                collect(get(byCell, cell), ids);
            }
        } else {
            collect(blind, ids);
        }
        List<Entry> found = new ArrayList<>(ids.size());
        for (String id : ids) {
            Entry e = clusters.get(id);
            if (e != null) {
                found.add(e);
            }
        }
        found.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        List<EventCluster> out = new ArrayList<>(found.size());
        for (Entry e : found) {
            out.add(e.cluster());
        }
        return out;
    }

    private static List<String> get(Map<Long, List<String>> map, long key) {
        return map.get(mix(key));
    }

    private static void collect(List<String> bucket, Set<String> ids) {
        if (bucket != null) {
            ids.addAll(bucket);
        }
    }

    @Override
    public long sequence(String eventId) {
        Entry e = clusters.get(eventId);
        return e == null ? Long.MAX_VALUE / 4 : e.sequence();
    }

    @Override
    public LinkFeatures features(Report report) {
        Known k = features.get(report.id());
        return k == null ? null : k.features();
    }

    @Override
    public List<LinkFeatures> features(EventCluster cluster) {
        Entry e = clusters.get(cluster.eventId());
        return e != null && e.cluster() == cluster ? e.features() : null;
    }

    /** Radius a report registers with: only radii beyond the lookup reach need spreading over more cells. */
    private double ownReach(LinkFeatures f) {
        double r = reach(f);
        return r > baseReach() ? r : 0;
    }

    private double queryReach(LinkFeatures f) {
        return Math.max(reach(f), baseReach());
    }

    /** The largest radius a report may be registered in a single cell with (towns, "near" places, lines). */
    private double baseReach() {
        return Math.max(Math.max(settings.radius1(), settings.radius2()), settings.radiusLine());
    }

    private double reach(LinkFeatures f) {
        double r = settings.radius(f.geoPrecision());
        return f.lineId() != null ? Math.max(r, settings.radiusLine()) : r;
    }

    /**
     * Cells within {@code km} of a report's point. A report on a road or river is somewhere along it, so it
     * covers the cells of the whole line.
     */
    private List<Long> cells(LinkFeatures f, double km) {
        List<Long> out = new ArrayList<>();
        if (f.lineId() != null) {
            Set<Long> set = new LinkedHashSet<>();
            double[][] line = linker.line(f.lineId());
            for (int i = 0; i < line.length; i++) {
                set.addAll(around(line[i][0], line[i][1], km));
                if (i + 1 < line.length) {
                    double d = LinearPlaces.kmToLine(line[i][0], line[i][1], new double[][] {line[i + 1], line[i + 1]});
                    int n = (int) Math.ceil(d / LINE_STEP_KM);
                    for (int k = 1; k < n; k++) {
                        double t = (double) k / n;
                        set.addAll(around(line[i][0] + t * (line[i + 1][0] - line[i][0]),
                                line[i][1] + t * (line[i + 1][1] - line[i][1]), km));
                    }
                }
            }
            set.addAll(around(f.lat(), f.lon(), km));
            out.addAll(set);
            return out;
        }
        return around(f.lat(), f.lon(), km);
    }

    private static List<Long> around(double lat, double lon, double km) {
        int latSteps = (int) Math.ceil(km / (CELL_DEG * KM_PER_DEG));
        // a degree of longitude shrinks towards the poles: use the narrowest width within reach
        double nearPole = Math.min(89, Math.abs(lat) + km / KM_PER_DEG + CELL_DEG);
        int lonSteps = (int) Math.ceil(km / (CELL_DEG * KM_PER_DEG * Math.cos(Math.toRadians(nearPole))));
        int la = (int) Math.floor((lat + 90) / CELL_DEG);
        int lo = (int) Math.floor((lon + 180) / CELL_DEG);
        List<Long> out = new ArrayList<>((2 * latSteps + 1) * (2 * lonSteps + 1));
        for (int i = -latSteps; i <= latSteps; i++) {
            for (int j = -lonSteps; j <= lonSteps; j++) {
                out.add((long) (la + i) * 1024 + (lo + j));
            }
        }
        return out;
    }
}
