package org.sitrep.eval.link;

import java.util.List;
import java.util.Map;

/**
 * What {@link AssessmentEvaluation} measured on a labelled set.
 *
 * @param labelledPairs          labelled contradiction pairs
 * @param foundSameKind          of those, pairs a contradiction of the labelled kind sets on opposite sides
 * @param foundAnyKind           of those, pairs some contradiction sets on opposite sides
 * @param byKind                 per labelled kind: {labelled, found with that kind}
 * @param contradictions         contradictions reported over all gold events
 * @param unlabelledContradictions reported contradictions containing no labelled pair (some may be legitimate)
 * @param missed                 labelled pairs not found with their kind, described
 * @param unlabelled             reported contradictions without a labelled pair, described
 * @param copiesAndRelays        reports labelled syndicated_from or relay_of
 * @param countedOnce            of those, reports that added no independent source of their own
 * @param syndicationLabelled    documents labelled as reposts (syndicated_from)
 * @param syndicationFound       of those, documents the fingerprint index matched to the labelled original
 * @param syndicationFalse       documents matched as copies that are not labelled reposts
 */
public record AssessmentScores(int labelledPairs, int foundSameKind, int foundAnyKind, Map<String, int[]> byKind,
                               int contradictions, int unlabelledContradictions, List<String> missed,
                               List<String> unlabelled, int copiesAndRelays, int countedOnce,
                               int syndicationLabelled, int syndicationFound, int syndicationFalse) {
    public AssessmentScores {
        byKind = Map.copyOf(byKind);
        missed = List.copyOf(missed);
        unlabelled = List.copyOf(unlabelled);
    }

    public double recallSameKind() {
        return labelledPairs == 0 ? 0 : foundSameKind / (double) labelledPairs;
    }

    public double recallAnyKind() {
        return labelledPairs == 0 ? 0 : foundAnyKind / (double) labelledPairs;
    }

    /** A short summary for logs and reports. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("contradiction recall (same kind) %d/%d = %.3f; any kind %d/%d = %.3f%n",
                foundSameKind, labelledPairs, recallSameKind(), foundAnyKind, labelledPairs, recallAnyKind()));
        byKind.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> s.append(String.format(
                "  %-14s %d/%d%n", e.getKey(), e.getValue()[1], e.getValue()[0])));
        s.append(String.format("contradictions reported %d, without a labelled pair %d%n", contradictions,
                unlabelledContradictions));
        s.append(String.format("copies and relays counted once %d/%d; reposts found by fingerprint %d/%d, "
                + "false copies %d%n", countedOnce, copiesAndRelays, syndicationFound, syndicationLabelled,
                syndicationFalse));
        return s.toString();
    }
}
