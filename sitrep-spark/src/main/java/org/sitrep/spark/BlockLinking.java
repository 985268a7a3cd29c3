package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.sitrep.link.BlockKey;
import org.sitrep.link.Blocking;
import org.sitrep.link.EventCluster;
import org.sitrep.model.Report;
import scala.Tuple2;

/**
 * Candidate events in blocks: each report is sent to its own blocks ({@code Blocking#ownKeys}: its time buckets ×
 * the geographic cells within its reach × its type family) and to the bridges that reports lacking a date or a
 * place own ({@code Blocking#keys}), so two reports the linker could join always meet in at least one block, also
 * across a cell's or bucket's border. The bridge without date and place is offered only the reports of documents
 * that have a report lacking both (the linker joins such a report with its own document's reports, or with others
 * lacking both). Each block is linked on its own by the batch linker, documents in input order. A block sees only
 * the reports offered to it, so its clusters are not the final events: an event of which a block holds only a few
 * reports cannot veto a report its other reports would rule out (the majority checks need the whole event). The
 * clusters only say which reports may end up together; {@link Components} gathers them and {@link EventStep}
 * links each gathered set again as a whole.
 */
final class BlockLinking {
    /** One report offered to a block: its document's input order, its place in the document, its record. */
    record Offer(String order, int index, String reportJson) implements Serializable {
    }

    private BlockLinking() {
    }

    /**
     * Report id to the tag (block and event id) of each cluster a block put it in; counts the offers made and the
     * reports offered at least once.
     */
    static JavaPairRDD<String, String> clusters(JavaRDD<DocRow> docs, LongAccumulator offered,
                                                LongAccumulator reports) {
        Set<String> owned = new HashSet<>(docs.flatMap(d -> d.bridges().iterator()).distinct().collect());
        Broadcast<Set<String>> bridges = JavaSparkContext.fromSparkContext(docs.context()).broadcast(owned);
        JavaPairRDD<String, Offer> offers = docs.flatMapToPair(d -> {
            List<Tuple2<String, Offer>> out = offers(d.order(), d.linkJsons(), d.linkAt(),
                    wanted(bridges.value(), d.bridges()));
            offered.add(out.size());
            reports.add(out.stream().map(o -> o._2().index()).distinct().count());
            return out.iterator();
        });
        return offers.groupByKey().flatMapToPair(block -> linkBlock(block._1(), block._2()).iterator());
    }

    /** The bridge blocks these reports own (by name), in order. */
    static List<String> bridgesOwned(List<Report> reports) {
        Blocking blocking = Workers.local().blocking;
        Set<String> out = new LinkedHashSet<>();
        for (Report r : reports) {
            for (BlockKey k : blocking.ownKeys(r)) {
                if (Blocking.bridge(k)) {
                    out.add(name(k));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The bridges a document's reports are offered to: those some report of the corpus owns, and the one without
     * date and place only when a report of this document owns it.
     */
    static Predicate<BlockKey> wanted(Set<String> owned, List<String> ownedHere) {
        return k -> k.bucket() == BlockKey.NONE && k.cell() == BlockKey.NONE ? ownedHere.contains(name(k))
                : owned.contains(name(k));
    }

    /** A document's reports, each offered to its own blocks and the bridges wanted (block name, offer). */
    static List<Tuple2<String, Offer>> offers(String order, List<String> reportJsons, Predicate<BlockKey> wanted) {
        return offers(order, reportJsons, java.util.stream.IntStream.range(0, reportJsons.size()).toArray(), wanted);
    }

    /** The same for reports at these places in their document. */
    static List<Tuple2<String, Offer>> offers(String order, List<String> reportJsons, int[] at,
                                              Predicate<BlockKey> wanted) {
        Workers.PerThread w = Workers.local();
        List<Tuple2<String, Offer>> out = new ArrayList<>();
        for (int i = 0; i < reportJsons.size(); i++) {
            Report r = w.json.readReport(reportJsons.get(i)).report();
            for (BlockKey k : w.blocking.keys(r, wanted)) {
                out.add(new Tuple2<>(name(k), new Offer(order, at[i], reportJsons.get(i))));
            }
        }
        return out;
    }

    static String name(BlockKey k) {
        return k.bucket() + "/" + k.cell() + "/" + k.family();
    }

    /** One block's clusters: (report id, cluster tag) for each report in one. */
    static List<Tuple2<String, String>> linkBlock(String block, Iterable<Offer> offered) {
        Workers.PerThread w = Workers.local();
        List<Offer> offers = new ArrayList<>();
        offered.forEach(offers::add);
        offers.sort(Comparator.comparing(Offer::order).thenComparingInt(Offer::index));
        List<List<Report>> documents = new ArrayList<>();
        String current = null;
        for (Offer o : offers) {
            if (!o.order().equals(current)) {
                documents.add(new ArrayList<>());
                current = o.order();
            }
            documents.get(documents.size() - 1).add(w.json.readReport(o.reportJson()).report());
        }
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (EventCluster c : w.linker.linkAll(documents)) {
            String tag = block + "|" + c.eventId();
            for (Report r : c.reports()) {
                out.add(new Tuple2<>(r.id(), tag));
            }
        }
        return out;
    }
}
