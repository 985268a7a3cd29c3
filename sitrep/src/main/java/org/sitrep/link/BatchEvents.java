package org.sitrep.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The events one linking batch (one document) has touched, indexed by the days their reports cover, so a dated
 * report meets only the events it could fit: two dated reports whose widened intervals share no day veto each
 * other, so only events holding an undated report or a report on one of its days can take it. Scoring every
 * touched event for every report made a document of thousands of reports quadratic. An undated report still meets
 * every event. Events are returned in the order the batch first touched them, as a scan of all would.
 */
final class BatchEvents {
    private static final int BUCKET_DAYS = 16;

    private final Map<String, Integer> order = new HashMap<>();
    private final Map<Long, Set<String>> byBucket = new HashMap<>();
    private final Set<String> undated = new LinkedHashSet<>();

    /** Event {@code eventId} now holds a report with these features (first call: the event is touched now). */
    void add(String eventId, LinkFeatures f) {
        order.putIfAbsent(eventId, order.size());
        if (!f.dated()) {
            undated.add(eventId);
            return;
        }
        for (long b = Math.floorDiv(f.firstDay(), BUCKET_DAYS); b <= Math.floorDiv(f.lastDay(), BUCKET_DAYS); b++) {
            byBucket.computeIfAbsent(b, k -> new HashSet<>()).add(eventId);
        }
    }

    /**
     * Ids of the touched events a report with features {@code f} may fit, in the order they were touched, or null
     * when it may fit any ({@code f} undated). {@code survivor} maps an absorbed id to the event that took it in;
     * {@code live} tells the events still touched.
     */
    List<String> mayFit(LinkFeatures f, Function<String, String> survivor, Predicate<String> live) {
        if (!f.dated()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (long b = Math.floorDiv(f.firstDay(), BUCKET_DAYS); b <= Math.floorDiv(f.lastDay(), BUCKET_DAYS); b++) {
            for (String id : byBucket.getOrDefault(b, Set.of())) {
                ids.add(survivor.apply(id));
            }
        }
        for (String id : undated) {
            ids.add(survivor.apply(id));
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (live.test(id)) {
                out.add(id);
            }
        }
        out.sort(Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
        return out;
    }
}
