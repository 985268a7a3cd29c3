package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.sitrep.link.BlockKey;
import org.sitrep.link.EventCluster;
import org.sitrep.model.Report;
import scala.Tuple2;

/**
 * Linking in blocks: each report is sent to every block it belongs to ({@code Blocking#keys}: its time buckets ×
 * the geographic cells within its reach × its type family), so two reports the linker could join always meet in
 * at least one block, also across a cell's or bucket's border. Each block is linked on its own by the batch linker,
 * documents in input order, with the single-process linker's rules. A report seen in several blocks may join a
 * cluster in each; {@link Components} joins clusters that share a report.
 */
final class BlockLinking {
    /** One report offered to a block: its document's input order, its place in the document, its record. */
    record Offer(String order, int index, String reportJson) implements Serializable {
    }

    /**
     * A report in a cluster one block made: the cluster's tag (block and event id), its event id and size, and the
     * report's position in it (the linker's order, which the merger breaks ties by).
     */
    record Member(String reportId, String tag, String eventId, int size, int position) implements Serializable {
    }

    private BlockLinking() {
    }

    static JavaRDD<Member> link(JavaRDD<DocRow> docs) {
        JavaPairRDD<String, Offer> offers = docs.flatMapToPair(d -> {
            Workers.PerThread w = Workers.local();
            List<Tuple2<String, Offer>> out = new ArrayList<>();
            for (int i = 0; i < d.reportJsons().size(); i++) {
                Report r = w.json.readReport(d.reportJsons().get(i)).report();
                for (BlockKey k : w.blocking.keys(r)) {
                    out.add(new Tuple2<>(k.bucket() + "/" + k.cell() + "/" + k.family(),
                            new Offer(d.order(), i, d.reportJsons().get(i))));
                }
            }
            return out.iterator();
        });
        return offers.groupByKey().flatMap(block -> linkBlock(block._1(), block._2()).iterator());
    }

    private static List<Member> linkBlock(String block, Iterable<Offer> offered) {
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
        List<Member> out = new ArrayList<>();
        for (EventCluster c : w.linker.linkAll(documents)) {
            String tag = block + "|" + c.eventId();
            for (int i = 0; i < c.reports().size(); i++) {
                out.add(new Member(c.reports().get(i).id(), tag, c.eventId(), c.reports().size(), i));
            }
        }
        return out;
    }
}
