package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.sitrep.link.DocumentFacts;
import org.sitrep.link.EventCluster;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.ReportRecord;
import scala.Tuple2;

/**
 * Merges and grades each event from all its reports, as the recorder does after its last document: the same
 * merger and assessor, with each report's document facts (outlet, date, the original it names, the document it
 * nearly repeats). Reports come out carrying their event's id; reports in no event as they were.
 */
final class EventStep {
    /** A report with its document's order and syndication facts. */
    record Placed(String order, int index, String reportJson, String originalOutlet, String duplicateOf, int rank)
            implements Serializable {
        Placed ranked(int r) {
            return new Placed(order, index, reportJson, originalOutlet, duplicateOf, r);
        }
    }

    /** The records an event makes: its own and its reports'. */
    record Made(String eventJson, List<String> reportJsons) implements Serializable {
    }

    private EventStep() {
    }

    /** Each document's reports, placed, keyed by report id. */
    static JavaPairRDD<String, Placed> placed(JavaPairRDD<String, Tuple2<DocRow, Optional<String>>> docs) {
        return docs.flatMapToPair(e -> {
            DocRow d = e._2()._1();
            String duplicateOf = e._2()._2().orElse(null);
            List<Tuple2<String, Placed>> out = new ArrayList<>();
            for (int i = 0; i < d.reportJsons().size(); i++) {
                String json = d.reportJsons().get(i);
                String id = Workers.local().json.parse(json).get("id").asText();
                out.add(new Tuple2<>(id, new Placed(d.order(), i, json, d.originalOutlet(), duplicateOf, 0)));
            }
            return out.iterator();
        });
    }

    /** Events with their reports, and the reports no event holds. */
    static Tuple2<JavaRDD<Made>, JavaRDD<String>> run(JavaPairRDD<String, Placed> reports,
                                                       JavaPairRDD<String, Components.Placing> eventOfReport) {
        JavaPairRDD<String, Tuple2<Placed, Optional<Components.Placing>>> joined = reports.leftOuterJoin(eventOfReport)
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> alone = joined.filter(e -> !e._2()._2().isPresent()).map(e -> e._2()._1().reportJson());
        JavaRDD<Made> events = joined.filter(e -> e._2()._2().isPresent())
                .mapToPair(e -> new Tuple2<>(e._2()._2().get().eventId(), e._2()._1().ranked(e._2()._2().get().rank())))
                .groupByKey()
                .map(e -> make(e._1(), e._2()));
        return new Tuple2<>(events, alone);
    }

    private static Made make(String eventId, Iterable<Placed> members) {
        Workers.PerThread w = Workers.local();
        List<Placed> placed = new ArrayList<>();
        members.forEach(placed::add);
        placed.sort(Comparator.comparingInt(Placed::rank).thenComparing(Placed::order).thenComparingInt(Placed::index));
        List<Report> reports = new ArrayList<>();
        List<DocumentInfo> docs = new ArrayList<>();
        Map<String, DocumentFacts> facts = new LinkedHashMap<>();
        for (Placed p : placed) {
            ReportRecord rec = w.json.readReport(p.reportJson());
            DocumentInfo d = rec.document();
            reports.add(rec.report().withEventId(eventId));
            docs.add(d);
            facts.putIfAbsent(d.id(), new DocumentFacts(d.id(), d.outlet(), d.published(), p.originalOutlet(),
                    p.duplicateOf()));
        }
        Event e = w.assessor.assess(w.merger.merge(new EventCluster(eventId, reports), facts), reports, facts);
        List<String> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            out.add(w.json.writeReport(new ReportRecord(reports.get(i), docs.get(i))));
        }
        return new Made(w.json.writeEvent(e), out);
    }
}
