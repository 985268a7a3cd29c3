package org.sitrep.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The sets of reports that blocks linked together, directly or through each other: connected components of the
 * report–cluster graph, found by passing the smallest report id along both ways until nothing changes (clusters
 * overlap only where blocks do, so a few rounds suffice). A component holds every report any block joined with any
 * of its reports, so the events the linker makes from all the reports fall within components; a component may
 * hold several events (blocks that saw only part of an event joined too much), which {@link EventStep} separates.
 */
final class Components {
    private Components() {
    }

    /** Report id to its component's name (the smallest report id in it), for every report some block clustered. */
    static JavaPairRDD<String, String> of(JavaPairRDD<String, String> reportClusters) {
        JavaPairRDD<String, String> edges = reportClusters.distinct().persist(StorageLevel.MEMORY_AND_DISK());
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
        return label;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
