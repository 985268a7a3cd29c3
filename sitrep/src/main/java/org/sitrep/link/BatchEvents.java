package org.sitrep.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The events one linking batch (one document) has touched, and which of them a new report meets: those touched
 * while linking the last {@link #REACH} reports of the batch. Scoring every touched event for every report made a
 * document of thousands of reports quadratic; a news article has far fewer reports than {@code REACH}, so for it
 * every touched event still counts. In a long archive one happening is told in neighbouring paragraphs, and reports
 * told far apart still meet through the store's index once recorded. Events come back in the order the batch first
 * touched them, as a scan of all of them would give.
 */
final class BatchEvents {
    /** How many of the batch's latest reports the events a new report may join were touched by. */
    static final int REACH = 250;

    private record Touch(int step, String eventId) {
    }

    private final Map<String, Integer> order = new HashMap<>();
    private final Deque<Touch> touches = new ArrayDeque<>();
    private final Map<String, Integer> live = new HashMap<>();
    /** The events within reach by the order they were first touched. */
    private final TreeMap<Integer, String> liveInOrder = new TreeMap<>();
    private int step;

    /** The next report of the batch is being linked: events last touched {@code REACH} reports ago drop out. */
    void nextReport() {
        step++;
        while (!touches.isEmpty() && touches.peekFirst().step() <= step - REACH) {
            Touch t = touches.removeFirst();
            if (live.computeIfPresent(t.eventId(), (k, n) -> n == 1 ? null : n - 1) == null) {
                liveInOrder.remove(order.get(t.eventId()));
            }
        }
    }

    /** Event {@code eventId} is touched while linking the current report (founded, joined or merged into). */
    void touch(String eventId) {
        order.putIfAbsent(eventId, order.size());
        Touch last = touches.peekLast();
        if (last != null && last.step() == step && last.eventId().equals(eventId)) {
            return;
        }
        touches.addLast(new Touch(step, eventId));
        if (live.merge(eventId, 1, Integer::sum) == 1) {
            liveInOrder.put(order.get(eventId), eventId);
        }
    }

    /** Events the batch has touched in all, to tell whether the reach leaves any out. */
    int touchedEver() {
        return order.size();
    }

    /**
     * Ids of the touched events within reach, in the order they were first touched. {@code survivor} maps an
     * absorbed id to the event that took it in; {@code still} tells the events still touched.
     */
    List<String> withinReach(Function<String, String> survivor, Predicate<String> still) {
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        boolean merged = false;
        for (String id : liveInOrder.values()) {
            String s = survivor.apply(id);
            merged |= !s.equals(id);
            if (still.test(s) && taken.add(s)) {
                out.add(s);
            }
        }
        if (merged) {
            // an absorbed event stands for the one that took it in, which may have been touched later
            out.sort(Comparator.comparingInt(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
        }
        return out;
    }
}
