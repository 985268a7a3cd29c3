package org.sitrep.bench.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts of (gold label, predicted label) pairs, with the ids of the first few items in each cell. */
public final class ConfusionMatrix {
    private static final int EXAMPLES = 3;
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> examples = new LinkedHashMap<>();
    private int total;

    public void add(String gold, String predicted, String id) {
        add(gold, predicted, 1, List.of(id));
    }

    private void add(String gold, String predicted, int n, List<String> ids) {
        counts.computeIfAbsent(gold, k -> new LinkedHashMap<>()).merge(predicted, n, Integer::sum);
        List<String> ex = examples.computeIfAbsent(gold, k -> new LinkedHashMap<>())
                .computeIfAbsent(predicted, k -> new ArrayList<>());
        for (String id : ids) {
            if (ex.size() < EXAMPLES) {
                ex.add(id);
            }
        }
        total += n;
    }

    public int count(String gold, String predicted) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    public int total() {
        return total;
    }

    /** Items whose gold label is {@code label}. */
    public int goldCount(String label) {
        return counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Items predicted as {@code label}. */
    public int predictedCount(String label) {
        return counts.values().stream().mapToInt(m -> m.getOrDefault(label, 0)).sum();
    }

    public int correct() {
        return counts.entrySet().stream().mapToInt(e -> e.getValue().getOrDefault(e.getKey(), 0)).sum();
    }

    /** The same items with both labels mapped (e.g. sub-event type to event type). */
    public ConfusionMatrix collapse(Function<String, String> map) {
        ConfusionMatrix m = new ConfusionMatrix();
        counts.forEach((g, row) -> row.forEach((p, n) -> m.add(map.apply(g), map.apply(p), n, examples.get(g).get(p))));
        return m;
    }

    /** One off-diagonal cell. */
    public record Cell(String gold, String predicted, int count, List<String> exampleIds) {
    }

    /** Off-diagonal cells, most frequent first (ties by gold then predicted label). */
    public List<Cell> confusions() {
        List<Cell> out = new ArrayList<>();
        counts.forEach((g, row) -> row.forEach((p, n) -> {
            if (!g.equals(p)) {
                out.add(new Cell(g, p, n, List.copyOf(examples.get(g).get(p))));
            }
        }));
        out.sort(Comparator.comparingInt(Cell::count).reversed().thenComparing(Cell::gold)
                .thenComparing(Cell::predicted));
        return out;
    }
}
