package org.sitrep.extract;

import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * A gathering told over several sentences: its turn ("The students later clashed with police") or its harmed people
 * ("Three students were injured") told after it join it, and it takes its gravest turn ({@link GatheringEscalation}).
 */
final class GatheringJoin {
    /** How many sentences after a gathering a sentence about it may tell its turn. */
    static final int REACH = 2;

    private final SideMatch sides;

    GatheringJoin(SideMatch sides) {
        this.sides = sides;
    }

    /**
     * Index of the gathering a later sentence tells the turn of, or -1: the nearest earlier asserted protest or
     * demonstration at most {@value #REACH} sentences back, in an earlier sentence, with no conflicting count or
     * place, when the later sentence is about it (its words, the same people acting, or the same people harmed).
     */
    int of(JoinedReports joined, Report r, DiscourseJoiner.Anchor a) {
        for (int i = joined.size() - 1; i >= 0; i--) {
            Report p = joined.get(i);
            DiscourseJoiner.Anchor pa = joined.anchor(p);
            if (pa == null) {
                continue;
            }
            if (a.sentence() - joined.lastSentence(i) > REACH) {
                return -1;
            }
            if (pa.sentence() < a.sentence() && JoinedReports.assertedEvent(p)
                    && CrowdRules.gathering(p.subEventType())
                    && (a.gatheringCue() != null && (a.aboutGathering() || sides.shares(p.actor1(), r.actor1()))
                    || JoinedReports.harmTold(r) && sides.shares(p.actor1(), r.actor2()))
                    && (p.count() == null || r.count() == null || p.count().value() == r.count().value())
                    && JoinedReports.samePlaceOrNone(p, r)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the gathering a sentence that reports no event of its own tells the turn of ("Police fired tear gas to
     * disperse them"), or -1: the nearest earlier asserted gathering at most {@value #REACH} sentences back.
     */
    int ofTurn(JoinedReports joined, int sentence) {
        for (int i = joined.size() - 1; i >= 0; i--) {
            Report p = joined.get(i);
            DiscourseJoiner.Anchor pa = joined.anchor(p);
            if (pa == null) {
                continue;
            }
            if (sentence - joined.lastSentence(i) > REACH) {
                return -1;
            }
            if (pa.sentence() < sentence && JoinedReports.assertedEvent(p) && CrowdRules.gathering(p.subEventType())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The graver of a gathering's kind and the turn told of it (violent demonstration > excessive force > ...); the
     * kind itself when no turn is told ("Three students were injured": victims, whoever harmed them).
     */
    static SubEventType graver(SubEventType kind, SubEventType turn) {
        return turn != null && (kind == null || turn.ordinal() > kind.ordinal()) ? turn : kind;
    }
}
