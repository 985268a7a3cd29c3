package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.sitrep.link.assess.syndication.Fingerprint;
import org.sitrep.link.assess.syndication.NearDuplicateIndex;
import scala.Tuple2;

/**
 * Which earlier document each document nearly repeats (a repost, shared wire copy), as the recorder finds it in the
 * store: documents sharing a MinHash band are compared, and the earliest (in input order) whose text is at least
 * {@link NearDuplicateIndex#COPY_THRESHOLD} alike is the original. Shuffled: each document's fingerprint once per band.
 */
final class NearDuplicates {
    private record Member(String id, String order, String fingerprint) implements Serializable {
    }

    private NearDuplicates() {
    }

    /** Document id to the id of the document it copies, for documents that copy one. */
    static JavaPairRDD<String, String> find(JavaRDD<DocRow> docs) {
        JavaPairRDD<String, Member> byBand = docs.filter(d -> d.fingerprint() != null).flatMapToPair(d -> {
            long[] keys = NearDuplicateIndex.bandKeys(Fingerprint.fromBase64(d.fingerprint()));
            List<Tuple2<String, Member>> out = new ArrayList<>(keys.length);
            for (int b = 0; b < keys.length; b++) {
                out.add(new Tuple2<>(b + ":" + keys[b], new Member(d.id(), d.order(), d.fingerprint())));
            }
            return out.iterator();
        });
        return byBand.groupByKey().flatMapToPair(band -> copies(band._2()).iterator())
                .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b)
                .mapValues(Member::id);
    }

    /** Each member of one band with an earlier member it nearly repeats. */
    private static List<Tuple2<String, Member>> copies(Iterable<Member> band) {
        List<Member> members = new ArrayList<>();
        band.forEach(members::add);
        members.sort(Comparator.comparing(Member::order));
        List<Tuple2<String, Member>> out = new ArrayList<>();
        for (int i = 1; i < members.size(); i++) {
            Fingerprint fi = Fingerprint.fromBase64(members.get(i).fingerprint());
            for (int j = 0; j < i; j++) {
                if (Fingerprint.fromBase64(members.get(j).fingerprint()).jaccard(fi)
                        >= NearDuplicateIndex.COPY_THRESHOLD) {
                    out.add(new Tuple2<>(members.get(i).id(), members.get(j)));
                    break;
                }
            }
        }
        return out;
    }
}
