package org.sitrep.link;

/**
 * How well two reports fit one event. {@code veto} names the dimension that rules the pair out (type, place,
 * time) or is null; {@code score} is the weighted agreement; {@code joinable} says whether the pair alone is
 * enough to put the reports in one event.
 */
public record PairScore(String veto, double score, boolean joinable) {
    static PairScore vetoed(String why) {
        return new PairScore(why, 0, false);
    }

    public boolean vetoed() {
        return veto != null;
    }
}
