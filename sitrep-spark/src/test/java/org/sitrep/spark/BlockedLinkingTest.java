package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.engine.Engine;
import org.sitrep.json.SitrepJson;
import org.sitrep.link.BatchLinker;
import org.sitrep.link.EventCluster;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import scala.Tuple2;

/**
 * The job's linking steps without Spark (blocks propose, components gather, each component is linked again) give
 * the partition the batch linker gives all reports at once, in whatever order the documents come: regression test
 * for the Khanasser road cut that blocks seeing only part of the Ithriyah battle joined into it (only with the
 * examples read before the real pages).
 */
class BlockedLinkingTest {
    @TempDir
    Path dir;

    @Test
    void blocksThenComponents_partitionAsOneBatch_inEveryOrder() {
        List<List<String>> docs = documents(SameAnswersTest.corpus(dir.resolve("corpus")));
        assertTrue(docs.size() >= 10, "documents: " + docs.size());
        List<List<String>> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        List<List<String>> interleaved = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            interleaved.add(docs.get(i % 2 == 0 ? i / 2 : docs.size() - 1 - i / 2));
        }
        for (List<List<String>> order : List.of(docs, reversed, interleaved)) {
            Set<String> whole = pairs(oneBatch(order));
            assertTrue(whole.size() >= 20, "linked pairs: " + whole.size());
            assertEquals(whole, pairs(blocked(order)));
        }
    }

    /**
     * Blocking misses nothing the linker could join: every pair of reports the pair scorer lets join (not vetoed,
     * joinable) is offered to one block together, across cells' and buckets' borders, except a report lacking
     * date and place with a report of another document that has one of them (the linker never looks that up).
     */
    @Test
    void everyJoinablePair_sharesAnOfferedBlock() {
        List<List<String>> docs = documents(SameAnswersTest.corpus(dir.resolve("corpus")));
        SitrepJson json = SitrepJson.standard();
        List<Report> reports = new ArrayList<>();
        List<Integer> docOf = new ArrayList<>();
        Map<String, Set<String>> blocks = offered(docs);
        for (int d = 0; d < docs.size(); d++) {
            for (String r : docs.get(d)) {
                Report rep = json.readReport(r).report();
                if (org.sitrep.link.Linker.linkable(rep)) {
                    reports.add(rep);
                    docOf.add(d);
                }
            }
        }
        org.sitrep.link.Linker linker = org.sitrep.link.Linker.standard();
        int checked = 0;
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i);
                Report b = reports.get(j);
                var score = linker.score(a, b);
                if (score.vetoed() || !score.joinable()
                        || !docOf.get(i).equals(docOf.get(j)) && blind(a) != blind(b)) {
                    continue;
                }
                Set<String> shared = new HashSet<>(blocks.get(a.id()));
                shared.retainAll(blocks.get(b.id()));
                assertTrue(!shared.isEmpty(), "joinable reports " + a.id() + " and " + b.id() + " share no block");
                checked++;
            }
        }
        assertTrue(checked >= 20, "joinable pairs checked: " + checked);
    }

    private static boolean blind(Report r) {
        var f = org.sitrep.link.Linker.standard().features(r);
        return !f.placed() && !f.dated();
    }

    /** Each document's offers to blocks, as the job makes them: the bridges any document owns first. */
    private static List<List<Tuple2<String, BlockLinking.Offer>>> offers(List<List<String>> docs, SitrepJson json) {
        List<List<String>> bridges = new ArrayList<>();
        Set<String> owned = new HashSet<>();
        for (List<String> d : docs) {
            bridges.add(BlockLinking.bridgesOwned(d.stream().map(r -> json.readReport(r).report()).toList()));
            owned.addAll(bridges.get(bridges.size() - 1));
        }
        List<List<Tuple2<String, BlockLinking.Offer>>> out = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            out.add(BlockLinking.offers(order(d), docs.get(d), BlockLinking.wanted(owned, bridges.get(d))));
        }
        return out;
    }

    private static String order(int document) {
        return String.format("%04d", document);
    }

    /** Each report's blocks, offered as the job offers them. */
    private static Map<String, Set<String>> offered(List<List<String>> docs) {
        Map<String, Set<String>> out = new HashMap<>();
        SitrepJson json = SitrepJson.standard();
        List<List<Tuple2<String, BlockLinking.Offer>>> offers = offers(docs, json);
        for (List<Tuple2<String, BlockLinking.Offer>> ofDocument : offers) {
            for (Tuple2<String, BlockLinking.Offer> o : ofDocument) {
                String id = json.readReport(o._2().reportJson()).report().id();
                out.computeIfAbsent(id, k -> new HashSet<>()).add(o._1());
            }
        }
        return out;
    }

    /** The reports (records without event) of each document, as ingest stored them, in commit order. */
    private List<List<String>> documents(List<Path> roots) {
        SitrepJson json = SitrepJson.standard();
        List<List<String>> out = new ArrayList<>();
        try (Sitrep s = Sitrep.open(dir.resolve("ingest.db"))) {
            s.ingest(Engine.standard(), EventAssessor.standard(), roots, (file, problem) -> {
                throw new AssertionError(file + ": " + problem);
            });
            for (String id : s.store().documentIds()) {
                List<String> reports = new ArrayList<>();
                for (ReportRecord r : s.reportsOf(id)) {
                    reports.add(json.writeReport(new ReportRecord(r.report().withEventId(null), r.document())));
                }
                out.add(reports);
            }
        }
        return out;
    }

    private static List<List<Report>> oneBatch(List<List<String>> docs) {
        SitrepJson json = SitrepJson.standard();
        List<List<Report>> documents = new ArrayList<>();
        for (List<String> d : docs) {
            documents.add(d.stream().map(r -> json.readReport(r).report()).toList());
        }
        List<List<Report>> events = new ArrayList<>();
        for (EventCluster c : BatchLinker.standard().linkAll(documents)) {
            events.add(c.reports());
        }
        return events;
    }

    /** The job's steps, each as the job runs it, with Spark's shuffles done by maps. */
    private static List<List<Report>> blocked(List<List<String>> docs) {
        Map<String, List<BlockLinking.Offer>> blocks = new LinkedHashMap<>();
        Map<String, EventStep.Placed> placed = new HashMap<>();
        SitrepJson json = SitrepJson.standard();
        List<List<Tuple2<String, BlockLinking.Offer>>> offered = offers(docs, json);
        for (int d = 0; d < docs.size(); d++) {
            String order = order(d);
            for (Tuple2<String, BlockLinking.Offer> o : offered.get(d)) {
                blocks.computeIfAbsent(o._1(), k -> new ArrayList<>()).add(o._2());
            }
            for (int i = 0; i < docs.get(d).size(); i++) {
                String r = docs.get(d).get(i);
                placed.put(json.readReport(r).report().id(), new EventStep.Placed(order, i, r, null, null));
            }
        }
        UnionFind components = new UnionFind();
        blocks.forEach((name, offers) -> BlockLinking.linkBlock(name, offers)
                .forEach(t -> components.union(t._1(), "cluster " + t._2())));
        Map<String, List<EventStep.Placed>> byComponent = new LinkedHashMap<>();
        placed.forEach((id, p) -> {
            if (components.has(id)) {
                byComponent.computeIfAbsent(components.find(id), k -> new ArrayList<>()).add(p);
            }
        });
        List<List<Report>> events = new ArrayList<>();
        for (List<EventStep.Placed> component : byComponent.values()) {
            for (EventStep.Made m : EventStep.link(component)) {
                if (m.isEvent()) {
                    events.add(m.reports().stream().map(r -> json.readReport(r.json()).report()).toList());
                }
            }
        }
        return events;
    }

    private static Set<String> pairs(List<List<Report>> events) {
        Set<String> out = new HashSet<>();
        for (List<Report> e : events) {
            for (Report a : e) {
                for (Report b : e) {
                    if (a.id().compareTo(b.id()) < 0) {
                        out.add(a.id() + " " + b.id());
                    }
                }
            }
        }
        return out;
    }

    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        boolean has(String x) {
            return parent.containsKey(x);
        }

        String find(String x) {
            parent.putIfAbsent(x, x);
            String p = parent.get(x);
            if (!p.equals(x)) {
                p = find(p);
                parent.put(x, p);
            }
            return p;
        }

        void union(String a, String b) {
            parent.put(find(a), find(b));
        }
    }
}
