package org.sitrep.extract;

import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Deaths and injuries told apart from the act that caused them: in the same sentence as its time ("Two children were
 * killed when regime forces shelled Ariha"), or in the next sentence by the doer named again ("Army units recaptured
 * the village … The army units killed 14 militants").
 */
final class HarmJoins {
    private final SideMatch sides;

    HarmJoins(SideMatch sides) {
        this.sides = sides;
    }

    /**
     * Index of a report of deaths or injuries with no doer, in the same sentence as the explosion, strike or
     * shelling {@code r} that tells no toll of its own, or -1.
     */
    static int sameSentence(String text, JoinedReports joined, Report r, DiscourseJoiner.Anchor a) {
        if (r.subEventType() == null
                || r.subEventType().eventType() != SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
            return -1;
        }
        for (int i = joined.size() - 1; i >= 0; i--) {
            Report p = joined.get(i);
            DiscourseJoiner.Anchor pa = joined.anchor(p);
            if (pa == null || pa.sentence() != a.sentence()) {
                return -1;
            }
            if (JoinedReports.assertedEvent(p) && p.actor1().isEmpty() && JoinedReports.harmTold(p)
                    && (p.subEventType() == SubEventType.ARMED_CLASH || p.subEventType() == SubEventType.ATTACK)
                    && JoinCues.toldAsItsTime(text, p, r)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the event of the sentence just before whose doer a report of deaths or injuries names again with a
     * definite article: the toll of that operation, told next; or -1. Never across another place or a conflicting
     * count.
     */
    int sameDoers(String text, JoinedReports joined, Report r, DiscourseJoiner.Anchor a) {
        if (r.actor1().isEmpty() || !JoinCues.definiteMention(text, r.actor1().get(0).mention())) {
            return -1;
        }
        for (int i = joined.size() - 1; i >= 0; i--) {
            Report p = joined.get(i);
            DiscourseJoiner.Anchor pa = joined.anchor(p);
            if (pa == null || joined.lastSentence(i) < a.sentence() - 1) {
                return -1;
            }
            if (pa.sentence() == a.sentence() - 1 && JoinedReports.assertedEvent(p)
                    && JoinedReports.violent(p.subEventType()) && sides.shares(p.actor1(), r.actor1())
                    && !sides.conflict(p, r) && JoinedReports.samePlaceOrNone(p, r)) {
                return i;
            }
        }
        return -1;
    }
}
