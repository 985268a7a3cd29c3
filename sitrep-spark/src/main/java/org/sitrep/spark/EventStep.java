package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.link.DocumentFacts;
import org.sitrep.link.EventCluster;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import scala.Tuple2;

/**
 * Events from the components: each component's reports are linked again as a whole by the batch linker, documents
 * in input order, so every event is decided with all its reports in view, as the single-process linker decides it
 * (a component is small: the reports of one happening and of those blocks confused it with). Each event is then
 * merged and graded, as the recorder does after its last document: the same merger and assessor, with each report's
 * document facts (outlet, date, the original it names, the document it nearly repeats). Reports come out carrying
 * their event's id; reports in no event as they were.
 */
final class EventStep {
    /** A report with its document's order and syndication facts. */
    record Placed(String order, int index, String reportJson, String originalOutlet, String duplicateOf)
            implements Serializable {
    }

    /** A report's record and its place among its document's reports. */
    record ReportOut(int ordinal, String json) implements Serializable {
    }

    /** The records an event makes, its own and its reports'; or ({@code eventJson} null) reports in no event. */
    record Made(String eventJson, List<ReportOut> reports) implements Serializable {
        boolean isEvent() {
            return eventJson != null;
        }
    }

    private EventStep() {
    }

    /**
     * The reports of each document that the linker may link, placed (with the document it nearly repeats, from
     * {@code copyOf}), keyed by report id.
     */
    static JavaPairRDD<String, Placed> placed(JavaRDD<DocRow> docs, Broadcast<Map<String, String>> copyOf) {
        return docs.flatMapToPair(d -> {
            String duplicateOf = copyOf.value().get(d.id());
            List<Tuple2<String, Placed>> out = new ArrayList<>();
            for (int i = 0; i < d.linkJsons().size(); i++) {
                String json = d.linkJsons().get(i);
                String id = Workers.local().json.parse(json).get("id").asText();
                out.add(new Tuple2<>(id, new Placed(d.order(), d.linkAt()[i], json, d.originalOutlet(), duplicateOf)));
            }
            return out.iterator();
        });
    }

    /** The reports of each document that the linker never links, as they are written (in no event). */
    static JavaRDD<ReportOut> unlinkable(JavaRDD<DocRow> docs) {
        return docs.flatMap(d -> {
            List<String> jsons = d.otherJsons();
            List<ReportOut> out = new ArrayList<>(jsons.size());
            for (int i = 0; i < jsons.size(); i++) {
                out.add(new ReportOut(d.othersAt()[i], jsons.get(i)));
            }
            return out.iterator();
        });
    }

    /** Events with their reports, and (as {@link Made} without an event) the reports no event holds. */
    static JavaRDD<Made> run(JavaPairRDD<String, Placed> reports, JavaPairRDD<String, String> componentOf) {
        JavaPairRDD<String, Tuple2<Placed, Optional<String>>> joined = reports.leftOuterJoin(componentOf)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Made> alone = joined.filter(e -> !e._2()._2().isPresent())
                .map(e -> new Made(null, List.of(new ReportOut(e._2()._1().index(), e._2()._1().reportJson()))));
        JavaRDD<Made> linked = joined.filter(e -> e._2()._2().isPresent())
                .mapToPair(e -> new Tuple2<>(e._2()._2().get(), e._2()._1()))
                .groupByKey()
                .flatMap(c -> link(c._2()).iterator());
        return linked.union(alone);
    }

    /** One component's events (and its reports no event takes), linked with all its reports in view. */
    static List<Made> link(Iterable<Placed> component) {
        Workers.PerThread w = Workers.local();
        List<Placed> placed = new ArrayList<>();
        component.forEach(placed::add);
        placed.sort(Comparator.comparing(Placed::order).thenComparingInt(Placed::index));
        Map<String, Placed> byId = new LinkedHashMap<>();
        Map<String, ReportRecord> records = new HashMap<>();
        List<List<Report>> documents = new ArrayList<>();
        String current = null;
        for (Placed p : placed) {
            ReportRecord rec = w.json.readReport(p.reportJson());
            byId.put(rec.report().id(), p);
            records.put(rec.report().id(), rec);
            if (!p.order().equals(current)) {
                documents.add(new ArrayList<>());
                current = p.order();
            }
            documents.get(documents.size() - 1).add(rec.report());
        }
        List<Made> out = new ArrayList<>();
        Map<String, Placed> unlinked = new LinkedHashMap<>(byId);
        for (EventCluster c : w.linker.linkAll(documents)) {
            out.add(make(w, c, byId, records));
            c.reports().forEach(r -> unlinked.remove(r.id()));
        }
        if (!unlinked.isEmpty()) {
            out.add(new Made(null, unlinked.values().stream().map(p -> new ReportOut(p.index(), p.reportJson()))
                    .toList()));
        }
        return out;
    }

    /** An event merged and graded from its cluster's reports, in the linker's order (the merger breaks ties by it). */
    private static Made make(Workers.PerThread w, EventCluster c, Map<String, Placed> byId,
                             Map<String, ReportRecord> records) {
        List<Report> reports = new ArrayList<>();
        List<DocumentInfo> docs = new ArrayList<>();
        List<Integer> ordinals = new ArrayList<>();
        Map<String, DocumentFacts> facts = new LinkedHashMap<>();
        for (Report r : c.reports()) {
            Placed p = byId.get(r.id());
            DocumentInfo d = records.get(r.id()).document();
            reports.add(r.withEventId(c.eventId()));
            docs.add(d);
            ordinals.add(p.index());
            facts.putIfAbsent(d.id(), new DocumentFacts(d.id(), d.outlet(), d.published(), p.originalOutlet(),
                    p.duplicateOf()));
        }
        Event e = w.assessor.assess(w.merger.merge(new EventCluster(c.eventId(), reports), facts), reports, facts);
        List<ReportOut> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            out.add(new ReportOut(ordinals.get(i), w.json.writeReport(new ReportRecord(reports.get(i), docs.get(i)))));
        }
        return new Made(w.json.writeEvent(e), out);
    }
}
