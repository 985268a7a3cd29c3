package org.sitrep.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an ingest run did: documents added, unchanged (already stored), skipped (bad input), and the records it
 * added to the store (reports stored, and how many more events the store holds than before: reports joining
 * events already stored add none); which paths were skipped and why, and the files of other kinds (".pdf") the
 * folders held, which are left alone and not counted as skipped.
 */
public record IngestSummary(int added, int unchanged, int skipped, long reports, long events,
                            List<Skipped> skips, Map<String, List<Path>> otherKinds, int beforeSince) {
    /** How many paths a summary names for each reason or kind before it says "and N more". */
    private static final int NAMED = 3;

    public IngestSummary {
        skips = List.copyOf(skips);
        otherKinds = Map.copyOf(otherKinds);
    }

    public IngestSummary(int added, int unchanged, int skipped, long reports, long events) {
        this(added, unchanged, skipped, reports, events, List.of(), Map.of());
    }

    public IngestSummary(int added, int unchanged, int skipped, long reports, long events,
                         List<Skipped> skips, Map<String, List<Path>> otherKinds) {
        this(added, unchanged, skipped, reports, events, skips, otherKinds, 0);
    }

    /** This run and another, as one. */
    public IngestSummary plus(IngestSummary o) {
        List<Skipped> allSkips = new ArrayList<>(skips);
        allSkips.addAll(o.skips);
        Map<String, List<Path>> kinds = new LinkedHashMap<>(otherKinds);
        o.otherKinds.forEach((k, v) -> kinds.merge(k, v, (a, b) -> {
            List<Path> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
        return new IngestSummary(added + o.added, unchanged + o.unchanged, skipped + o.skipped, reports + o.reports,
                events + o.events, allSkips, kinds, beforeSince + o.beforeSince);
    }

    /** With inputs skipped before any work (web addresses, say). */
    public IngestSummary plusSkipped(List<Skipped> more) {
        List<Skipped> allSkips = new ArrayList<>(skips);
        allSkips.addAll(more);
        return new IngestSummary(added, unchanged, skipped + more.size(), reports, events, allSkips, otherKinds,
                beforeSince);
    }

    public String line() {
        return added + " documents added, " + unchanged + " unchanged, " + skipped + " skipped, "
                + (beforeSince > 0 ? beforeSince + " published before --since, " : "") + reports + " reports, "
                + events + " events";
    }

    /**
     * The end-of-run account of what was not read: one line per reason with its count and the first paths, then
     * one line for the files of other kinds. Empty when everything was read.
     */
    public List<String> notRead() {
        List<String> out = new ArrayList<>();
        Map<String, List<Path>> byWhy = new LinkedHashMap<>();
        for (Skipped s : skips) {
            byWhy.computeIfAbsent(s.why(), k -> new ArrayList<>()).add(s.path());
        }
        byWhy.forEach((why, paths) -> out.add("skipped " + paths.size() + " (" + why + "): " + named(paths, true)));
        if (!otherKinds.isEmpty()) {
            int n = otherKinds.values().stream().mapToInt(List::size).sum();
            String kinds = otherKinds.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue().size() + " " + e.getKey() + " (" + named(e.getValue(), false) + ")")
                    .collect(Collectors.joining(", "));
            out.add("not read, not an article kind: " + n + " file" + (n == 1 ? "" : "s") + ": " + kinds);
        }
        return out;
    }

    private static String named(List<Path> paths, boolean whole) {
        String first = paths.stream().limit(NAMED).map(p -> String.valueOf(whole || p.getFileName() == null ? p
                : p.getFileName())).collect(Collectors.joining(", "));
        return paths.size() > NAMED ? first + " and " + (paths.size() - NAMED) + " more" : first;
    }
}
