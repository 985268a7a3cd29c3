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
 * store: documents sharing MinHash bands are compared, and the earliest (in input order) whose text is at least
 * {@link NearDuplicateIndex#COPY_THRESHOLD} alike is the original. Shuffled: each document's id and order once per
 * band (not its fingerprint), then the fingerprints of the pairs that share at least
 * {@link NearDuplicateIndex#MIN_SHARED_BANDS} bands (fewer cannot reach the copy threshold), to compare them. A
 * document is compared with the {@value #EARLIER_KEPT} earliest of a band's members before it (all of them unless
 * the band holds more: a text repeated thousands of times would otherwise make millions of pairs; its copies match
 * the first anyway).
 */
final class NearDuplicates {
    private record Member(String id, String order) implements Serializable {
    }

    /** A later document, its fingerprint, and an earlier one it shares a band with. */
    private record Candidate(String laterId, String laterFingerprint, Member earlier) implements Serializable {
    }

    static final int EARLIER_KEPT = 100;

    private NearDuplicates() {
    }

    /** Document id to the id of the document it copies, for documents that copy one. */
    static JavaPairRDD<String, String> find(JavaRDD<DocRow> docs) {
        JavaRDD<DocRow> printed = docs.filter(d -> d.fingerprint() != null);
        JavaPairRDD<String, Member> byBand = printed.flatMapToPair(d -> {
            long[] keys = NearDuplicateIndex.bandKeys(Fingerprint.fromBase64(d.fingerprint()));
            List<Tuple2<String, Member>> out = new ArrayList<>(keys.length);
            for (int b = 0; b < keys.length; b++) {
                out.add(new Tuple2<>(b + ":" + keys[b], new Member(d.id(), d.order())));
            }
            return out.iterator();
        });
        // a pair is compared only when it shares enough bands to reach the threshold: a template many documents
        // follow (daily roundups) puts nearly every document in a band with a hundred others, and joining every such
        // pair with its fingerprints made the job shuffle over 30 GB on a million simulated articles
        JavaPairRDD<String, Member> pairs = byBand.groupByKey().flatMapToPair(band -> pairs(band._2()).iterator())
                .mapToPair(p -> new Tuple2<>(new Tuple2<>(p._1(), p._2()), 1))
                .reduceByKey(Integer::sum)
                .filter(p -> p._2() >= NearDuplicateIndex.MIN_SHARED_BANDS)
                .mapToPair(p -> p._1());
        JavaPairRDD<String, String> prints = printed.mapToPair(d -> new Tuple2<>(d.id(), d.fingerprint()));
        return pairs.join(prints)
                .mapToPair(p -> new Tuple2<>(p._2()._1().id(), new Candidate(p._1(), p._2()._2(), p._2()._1())))
                .join(prints)
                .filter(c -> Fingerprint.fromBase64(c._2()._2()).jaccard(Fingerprint.fromBase64(
                        c._2()._1().laterFingerprint())) >= NearDuplicateIndex.COPY_THRESHOLD)
                .mapToPair(c -> new Tuple2<>(c._2()._1().laterId(), c._2()._1().earlier()))
                .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b)
                .mapValues(Member::id);
    }

    /** Each member of one band with every earlier member (later id, earlier member). */
    private static List<Tuple2<String, Member>> pairs(Iterable<Member> band) {
        List<Member> members = new ArrayList<>();
        band.forEach(members::add);
        members.sort(Comparator.comparing(Member::order));
        List<Tuple2<String, Member>> out = new ArrayList<>();
        for (int i = 1; i < members.size(); i++) {
            for (int j = 0; j < Math.min(i, EARLIER_KEPT); j++) {
                if (!members.get(j).id().equals(members.get(i).id())) {
                    out.add(new Tuple2<>(members.get(i).id(), members.get(j)));
                }
            }
        }
        return out;
    }
}
