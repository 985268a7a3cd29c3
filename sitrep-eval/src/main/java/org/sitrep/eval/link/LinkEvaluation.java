package org.sitrep.eval.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.link.EventCluster;
import org.sitrep.link.InMemoryEventIndex;
import org.sitrep.link.LinkChanges;
import org.sitrep.link.LinkSettings;
import org.sitrep.link.Linker;
import org.sitrep.model.Report;

/**
 * Evaluates linking on the labelled set: documents are linked one at a time, in publication order (or a
 * shuffled order), through an {@link InMemoryEventIndex}, as the store would link them as they arrive. The
 * reports come from a producer: the gold fields ({@link StoryReport#report()}) or an engine reading the text.
 * Every produced report inherits the gold event of the story line it came from.
 */
public final class LinkEvaluation {
    /** A pair of gold events that must stay apart. */
    public record HardNegative(String eventA, String eventB, String kind) {
    }

    /**
     * The outcome: scores over the produced event reports, how many story lines produced none, and the hard
     * negatives that were merged (empty when all stayed apart).
     */
    public record Result(ClusterScores scores, int storyLines, int linesWithoutReports,
                         List<HardNegative> violated) {
    }

    private final Linker linker;

    public LinkEvaluation(Linker linker) {
        this.linker = linker;
    }

    public static List<HardNegative> hardNegatives(Path tsv) {
        List<HardNegative> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            boolean header = true;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = l.split("\t", -1);
                if (c.length < 3) {
                    throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": expected event_a, event_b, kind");
                }
                out.add(new HardNegative(c[0].trim(), c[1].trim(), c[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return out;
    }

    /** Links in publication order (ties in file order). */
    public Result evaluate(List<StoryReport> stories, List<HardNegative> negatives,
                           Function<StoryReport, List<Report>> producer) {
        List<List<StoryReport>> docs = documents(stories);
        docs.sort(Comparator.comparing((List<StoryReport> d) -> d.get(0).published()));
        return run(docs, negatives, producer);
    }

    /** Links the documents in an order shuffled with this seed (to measure order dependence). */
    public Result evaluateShuffled(List<StoryReport> stories, List<HardNegative> negatives,
                                   Function<StoryReport, List<Report>> producer, long seed) {
        List<List<StoryReport>> docs = documents(stories);
        Collections.shuffle(docs, new Random(seed));
        return run(docs, negatives, producer);
    }

    private static List<List<StoryReport>> documents(List<StoryReport> stories) {
        Map<String, List<StoryReport>> byDoc = new LinkedHashMap<>();
        for (StoryReport s : stories) {
            byDoc.computeIfAbsent(s.document().documentId(), k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(byDoc.values());
    }

    private Result run(List<List<StoryReport>> docs, List<HardNegative> negatives,
                       Function<StoryReport, List<Report>> producer) {
        InMemoryEventIndex index = new InMemoryEventIndex(linker, LinkSettings.standard());
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        int lines = 0;
        int empty = 0;
        for (List<StoryReport> doc : docs) {
            List<Report> batch = new ArrayList<>();
            for (StoryReport s : doc) {
                lines++;
                List<Report> produced = producer.apply(s).stream().filter(Linker::linkable).toList();
                if (produced.isEmpty()) {
                    empty++;
                }
                for (Report r : produced) {
                    if (gold.put(r.id(), s.goldEventId()) != null) {
                        throw new IllegalArgumentException("report id produced twice: " + r.id());
                    }
                    batch.add(r);
                }
            }
            LinkChanges changes = linker.link(batch, index);
            index.apply(changes);
        }
        for (EventCluster c : index.events()) {
            for (Report r : c.reports()) {
                predicted.put(r.id(), c.eventId());
            }
        }
        for (String id : gold.keySet()) {
            predicted.putIfAbsent(id, "unlinked:" + id);
        }
        List<HardNegative> violated = new ArrayList<>();
        for (HardNegative h : negatives) {
            Set<String> a = new HashSet<>();
            Set<String> b = new HashSet<>();
            gold.forEach((id, g) -> {
                if (g.equals(h.eventA())) {
                    a.add(predicted.get(id));
                } else if (g.equals(h.eventB())) {
                    b.add(predicted.get(id));
                }
            });
            a.retainAll(b);
            if (!a.isEmpty()) {
                violated.add(h);
            }
        }
        return new Result(ClusterScores.of(gold, predicted), lines, empty, List.copyOf(violated));
    }
}
