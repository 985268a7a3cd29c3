package org.sitrep.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Events from the blocks' clusters: clusters that share a report are one event (connected components of the
 * report–cluster graph, found by passing the smallest report id along both ways until nothing changes; clusters
 * overlap only where blocks do, so a few rounds suffice). The event keeps the id of its largest cluster (then the
 * lowest id), as the store keeps the larger of two events it merges.
 */
final class Components {
    /** Where a report stands in its event: the event's id and the report's rank among the event's reports. */
    record Placing(String eventId, int rank) implements Serializable {
    }

    /** An event's id and the cluster (tag, size) that chose it. */
    record Named(String eventId, int size, String tag) implements Serializable {
        static Named better(Named a, Named b) {
            if (a.size != b.size) {
                return a.size > b.size ? a : b;
            }
            return a.eventId.compareTo(b.eventId) <= 0 ? a : b;
        }
    }

    private Components() {
    }

    /**
     * Report id to its event's id and its rank there, for every report some block put in a cluster: reports of the
     * cluster that named the event keep their order in it, the others follow (then in input order).
     */
    static JavaPairRDD<String, Placing> eventOfReport(JavaRDD<BlockLinking.Member> members) {
        JavaPairRDD<String, String> edges = members.mapToPair(m -> new Tuple2<>(m.reportId(), m.tag())).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> label = edges.keys().distinct().mapToPair(r -> new Tuple2<>(r, r));
        long changed = 1;
        while (changed > 0) {
            JavaPairRDD<String, String> tagLabel = edges.join(label)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2())).reduceByKey(Components::min);
            JavaPairRDD<String, String> next = edges.mapToPair(Tuple2::swap).join(tagLabel)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2())).reduceByKey(Components::min)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            changed = next.join(label).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            label = next;
        }
        JavaPairRDD<String, String> tagLabel = edges.join(label).mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                .distinct();
        JavaPairRDD<String, Named> names = members
                .mapToPair(m -> new Tuple2<>(m.tag(), new Named(m.eventId(), m.size(), m.tag())))
                .reduceByKey(Named::better).join(tagLabel)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1())).reduceByKey(Named::better);
        JavaPairRDD<String, Integer> ranks = members.mapToPair(m -> new Tuple2<>(m.tag(), m))
                .join(names.mapToPair(n -> new Tuple2<>(n._2().tag(), true)))
                .mapToPair(e -> new Tuple2<>(e._2()._1().reportId(), e._2()._1().position()));
        return label.mapToPair(Tuple2::swap).join(names)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2().eventId())).leftOuterJoin(ranks)
                .mapToPair(e -> new Tuple2<>(e._1(), new Placing(e._2()._1(), e._2()._2().orElse(Integer.MAX_VALUE))));
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
