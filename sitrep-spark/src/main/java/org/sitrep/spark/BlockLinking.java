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
 * Candidate events in blocks: each report is sent to every block it belongs to ({@code Blocking#keys}: its time
 * buckets × the geographic cells within its reach × its type family), so two reports the linker could join always
 * meet in at least one block, also across a cell's or bucket's border. Each block is linked on its own by the batch
 * linker, documents in input order. A block sees only the reports offered to it, so its clusters are not the
 * final events: an event of which a block holds only a few reports cannot veto a report its other reports would
 * rule out (the majority checks need the whole event). The clusters only say which reports may end up together;
 * {@link Components} gathers them and {@link EventStep} links each gathered set again as a whole.
 */
final class BlockLinking {
    /** One report offered to a block: its document's input order, its place in the document, its record. */
    record Offer(String order, int index, String reportJson) implements Serializable {
    }

    private BlockLinking() {
    }

    /** Report id to the tag (block and event id) of each cluster a block put it in. */
    static JavaPairRDD<String, String> clusters(JavaRDD<DocRow> docs) {
        JavaPairRDD<String, Offer> offers = docs.flatMapToPair(d -> offers(d.order(), d.reportJsons()).iterator());
        return offers.groupByKey().flatMapToPair(block -> linkBlock(block._1(), block._2()).iterator());
    }

    /** A document's reports, each offered to every block it belongs to (block name, offer). */
    static List<Tuple2<String, Offer>> offers(String order, List<String> reportJsons) {
        Workers.PerThread w = Workers.local();
        List<Tuple2<String, Offer>> out = new ArrayList<>();
        for (int i = 0; i < reportJsons.size(); i++) {
            Report r = w.json.readReport(reportJsons.get(i)).report();
            for (BlockKey k : w.blocking.keys(r)) {
                out.add(new Tuple2<>(k.bucket() + "/" + k.cell() + "/" + k.family(),
                        new Offer(order, i, reportJsons.get(i))));
            }
        }
        return out;
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
