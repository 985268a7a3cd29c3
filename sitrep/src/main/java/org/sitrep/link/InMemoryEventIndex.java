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
    private final Map<String, EventCluster> clusters = new HashMap<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, LinkFeatures> features = new HashMap<>();
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

    public List<EventCluster> events() {
        return clusters.values().stream().sorted((a, b) -> Long.compare(sequences.get(a.eventId()),
                sequences.get(b.eventId()))).toList();
    }

    /** Records what a linking step changed: absorbed events leave, new and grown events are (re)registered. */
    public void apply(LinkChanges changes) {
        for (String gone : changes.mergedInto().keySet()) {
            clusters.remove(gone);
            sequences.remove(gone);
        }
        for (EventCluster c : changes.touched()) {
            clusters.put(c.eventId(), c);
            sequences.computeIfAbsent(c.eventId(), k -> nextSequence++);
            for (Report r : c.reports()) {
                LinkFeatures f = features.get(r.id());
                if (f == null) {
                    f = linker.features(r);
                    features.put(r.id(), f);
                }
                register(c.eventId(), f);
            }
        }
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

    private static void add(Map<Long, List<String>> map, long key, String id) {
        List<String> l = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (l.isEmpty() || !l.get(l.size() - 1).equals(id)) {
            l.add(id);
        }
    }

    @Override
    public List<EventCluster> candidates(Report report) {
        LinkFeatures f = features.get(report.id());
        if (f == null) {
            f = linker.features(report);
        }
        Set<String> ids = new LinkedHashSet<>();
        if (f.placed() && f.dated()) {
            List<Long> cells = cells(f, queryReach(f));
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                for (long cell : cells) {
                    collect(byDayCell.get(day * CELL_SPAN + cell), ids);
                }
                collect(byDayUnplaced.get(day), ids);
            }
            for (long cell : cells) {
                collect(byCellUndated.get(cell), ids);
            }
        } else if (f.dated()) {
            for (long day = f.firstDay(); day <= f.lastDay(); day++) {
                collect(byDay.get(day), ids);
            }
        } else if (f.placed()) {
            for (long cell : cells(f, queryReach(f))) {
                collect(byCell.get(cell), ids);
            }
        } else {
            collect(blind, ids);
        }
        List<EventCluster> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            EventCluster c = clusters.get(id);
            if (c != null) {
                out.add(c);
            }
        }
        out.sort((a, b) -> Long.compare(sequences.get(a.eventId()), sequences.get(b.eventId())));
        return out;
    }

    private static void collect(List<String> bucket, Set<String> ids) {
        if (bucket != null) {
            ids.addAll(bucket);
        }
    }

    @Override
    public long sequence(String eventId) {
        Long s = sequences.get(eventId);
        return s == null ? Long.MAX_VALUE / 4 : s;
    }

    @Override
    public LinkFeatures features(Report report) {
        return features.get(report.id());
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
