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
 * that radius exceeds the base reach (the largest town, "near" or road radius), and looked up in the cells within
 * max(own radius, base reach), so two reports within the allowed distance always meet; a road or river report
 * covers the cells along its whole line; days cover the widened intervals on both sides.
 */
public final class InMemoryEventIndex implements EventIndex {
    private static final double CELL_DEG = 0.25;
    /** Km per degree of latitude (and of longitude at the equator), rounded down so cell reach is never short. */
    private static final double KM_PER_DEG = 110.5;
    /** Interpolation step along lines, so that cells between distant waypoints are covered too. */
    private static final double LINE_STEP_KM = 10;

    /**
     * A known event: buckets hold these, so a grown event is seen through all its old keys at once and an
     * absorbed one is skipped without a lookup. {@code stamp} deduplicates within one lookup.
     */
    private static final class Entry {
        EventCluster cluster;
        List<LinkFeatures> features;
        final long sequence;
        boolean absorbed;
        long stamp;

        Entry(long sequence) {
            this.sequence = sequence;
        }
    }

    /** A known report: its features and the event it is registered under. */
    private record Known(LinkFeatures features, Entry entry) {
    }

    private final Linker linker;
    private final LinkSettings settings;
    private final Map<String, Entry> clusters = new HashMap<>();
    private final Map<String, Known> known = new HashMap<>();
    /** Features of reports looked up but not yet added: kept for {@link #apply} (cleared there). */
    private final Map<String, LinkFeatures> pending = new HashMap<>();
    /** Day to (cell to events): the outer lookup is one per day of a query, the inner maps are small and hot. */
    private final Map<Long, Map<Long, List<Entry>>> byDayCell = new HashMap<>();
    private final Map<Long, List<Entry>> byDayUnplaced = new HashMap<>();
    private final Map<Long, List<Entry>> byCellUndated = new HashMap<>();
    private final Map<Long, List<Entry>> byDay = new HashMap<>();
    private final Map<Long, List<Entry>> byCell = new HashMap<>();
    private final List<Entry> blind = new ArrayList<>();
    private long nextSequence;
    private long lookups;

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
        return clusters.values().stream().sorted((a, b) -> Long.compare(a.sequence, b.sequence))
                .map(e -> e.cluster).toList();
    }

    /** Records what a linking step changed: absorbed events leave, new and grown events are (re)registered. */
    public void apply(LinkChanges changes) {
        for (String gone : changes.mergedInto().keySet()) {
            Entry e = clusters.remove(gone);
            if (e != null) {
                e.absorbed = true;
            }
        }
        for (EventCluster c : changes.touched()) {
            Entry entry = clusters.computeIfAbsent(c.eventId(), k -> new Entry(nextSequence++));
            List<LinkFeatures> fs = new ArrayList<>(c.reports().size());
            for (Report r : c.reports()) {
                Known k = known.get(r.id());
                if (k != null && k.entry() == entry) {
                    fs.add(k.features());
                    continue; // already registered under this event
                }
                LinkFeatures f = k != null ? k.features() : pending.remove(r.id());
                if (f == null) {
                    f = linker.features(r);
                }
                known.put(r.id(), new Known(f, entry));
                register(entry, f);
                fs.add(f);
            }
            entry.cluster = c;
            entry.features = List.copyOf(fs);
        }
        pending.clear();
    }

    /** Registers an event under a report's keys (days of its widened interval, cells within its reach). */
    private void register(Entry e, LinkFeatures f) {
        if (f.placed()) {
            List<Long> cells = cells(f, ownReach(f));
            for (long cell : cells) {
                add(byCell, cell, e);
                if (!f.dated()) {
                    add(byCellUndated, cell, e);
                }
            }
            if (f.dated()) {
                for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                    add(byDay, day, e);
                    Map<Long, List<Entry>> dayCells = byDayCell.computeIfAbsent(mix(day), k -> new HashMap<>());
                    for (long cell : cells) {
                        add(dayCells, cell, e);
                    }
                }
            }
        } else if (f.dated()) {
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                add(byDay, day, e);
                add(byDayUnplaced, day, e);
            }
        } else {
            blind.add(e);
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

    private static void add(Map<Long, List<Entry>> map, long key, Entry e) {
        List<Entry> l = map.computeIfAbsent(mix(key), k -> new ArrayList<>(2));
        if (l.isEmpty() || l.get(l.size() - 1) != e) {
            l.add(e);
        }
    }

    @Override
    public List<EventCluster> candidates(Report report) {
        Known k = known.get(report.id());
        return candidates(report, k != null ? k.features() : linker.features(report));
    }

    @Override
    public List<EventCluster> candidates(Report report, LinkFeatures f) {
        if (!known.containsKey(report.id())) {
            pending.put(report.id(), f);
        }
        long stamp = ++lookups;
        List<Entry> found = new ArrayList<>();
        if (f.placed() && f.dated()) {
            List<Long> cells = cells(f, queryReach(f));
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                Map<Long, List<Entry>> dayCells = byDayCell.get(mix(day));
                if (dayCells != null) {
                    for (long cell : cells) {
                        collect(dayCells.get(mix(cell)), stamp, found);
                    }
                }
                collect(byDayUnplaced.get(mix(day)), stamp, found);
            }
            for (long cell : cells) {
                collect(byCellUndated.get(mix(cell)), stamp, found);
            }
        } else if (f.dated()) {
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                collect(byDay.get(mix(day)), stamp, found);
            }
        } else if (f.placed()) {
            for (long cell : cells(f, queryReach(f))) {
                collect(byCell.get(mix(cell)), stamp, found);
            }
        } else {
            collect(blind, stamp, found);
        }
        found.sort((a, b) -> Long.compare(a.sequence, b.sequence));
        List<EventCluster> out = new ArrayList<>(found.size());
        for (Entry e : found) {
            out.add(e.cluster);
        }
        return out;
    }

    private static void collect(List<Entry> bucket, long stamp, List<Entry> found) {
        if (bucket == null) {
            return;
        }
        for (Entry e : bucket) {
            if (!e.absorbed && e.stamp != stamp) {
                e.stamp = stamp;
                found.add(e);
            }
        }
    }

    @Override
    public long sequence(String eventId) {
        Entry e = clusters.get(eventId);
        return e == null ? Long.MAX_VALUE / 4 : e.sequence;
    }

    @Override
    public LinkFeatures features(Report report) {
        Known k = known.get(report.id());
        return k == null ? null : k.features();
    }

    @Override
    public List<LinkFeatures> features(EventCluster cluster) {
        Entry e = clusters.get(cluster.eventId());
        return e != null && e.cluster == cluster ? e.features : null;
    }

    /** Radius a report registers with: only radii beyond the base reach need spreading over more cells. */
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
        if (f.geoPrecision() != null && f.geoPrecision() == 3 && f.admin1() != null) {
            // a province-only place agrees with anything inside the province (PlaceCompatibility)
            r = Math.max(r, settings.provinceReachKm());
        }
        return f.lineId() != null ? Math.max(r, settings.radiusLine()) : r;
    }

    /**
     * Cells within {@code km} of a report's point. A report on a road or river is somewhere along it, so it
     * covers the cells of the whole line.
     */
    private List<Long> cells(LinkFeatures f, double km) {
        if (f.lineId() == null) {
            return around(f.lat(), f.lon(), km);
        }
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
        return new ArrayList<>(set);
    }

    /** The cells overlapping the box of {@code km} around a point. */
    private static List<Long> around(double lat, double lon, double km) {
        double dLat = km / KM_PER_DEG;
        // a degree of longitude shrinks towards the poles: use the narrowest width within the box
        double nearPole = Math.min(89, Math.abs(lat) + dLat);
        double dLon = km / (KM_PER_DEG * Math.cos(Math.toRadians(nearPole)));
        int la0 = (int) Math.floor((lat - dLat + 90) / CELL_DEG);
        int la1 = (int) Math.floor((lat + dLat + 90) / CELL_DEG);
        int lo0 = (int) Math.floor((lon - dLon + 180) / CELL_DEG);
        int lo1 = (int) Math.floor((lon + dLon + 180) / CELL_DEG);
        List<Long> out = new ArrayList<>((la1 - la0 + 1) * (lo1 - lo0 + 1));
        for (int i = la0; i <= la1; i++) {
            for (int j = lo0; j <= lo1; j++) {
                out.add((long) i * 2048 + j);
            }
        }
        return out;
    }
}
