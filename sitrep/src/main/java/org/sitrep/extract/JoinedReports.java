package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SubEventType;

/**
 * The reports of one document joined so far, in text order: each with the last sentence it has taken in, and the
 * anchors the sentence reader saw. The joining rules of {@link DiscourseJoiner} look back through it.
 */
final class JoinedReports {
    private final List<Report> out;
    /** Per report in out: the last sentence of what it has taken in (-1 for a report without an anchor). */
    private final List<Integer> lastSentence;
    private final Map<String, DiscourseJoiner.Anchor> anchors;
    /**
     * Indices of anchored reports a definite mention may still reach: sentences only move forward, so one out of
     * reach stays out (a scan back to the first report per mention made long documents quadratic).
     */
    private final TreeSet<Integer> reachable = new TreeSet<>();

    JoinedReports(int capacity, Map<String, DiscourseJoiner.Anchor> anchors) {
        this.out = new ArrayList<>(capacity);
        this.lastSentence = new ArrayList<>(capacity);
        this.anchors = anchors;
    }

    int size() {
        return out.size();
    }

    Report get(int i) {
        return out.get(i);
    }

    /** The anchor of a report, or null for one the sentence reader did not anchor. */
    DiscourseJoiner.Anchor anchor(Report r) {
        return anchors.get(r.id());
    }

    int lastSentence(int i) {
        return lastSentence.get(i);
    }

    /** Makes room for a report that may be joined to an earlier one before it is added. */
    void offerReachable() {
        reachable.add(out.size());
    }

    /** Takes back {@link #offerReachable()}: the report joined an earlier one. */
    void joinedEarlier() {
        reachable.remove(out.size());
    }

    void add(Report r, int sentence) {
        out.add(r);
        lastSentence.add(sentence);
    }

    /** Puts {@code r} at {@code i}, leaving its last sentence as it was. */
    void set(int i, Report r) {
        out.set(i, r);
    }

    /** Puts {@code r} at {@code i}, which has now taken in {@code sentence}. */
    void set(int i, Report r, int sentence) {
        out.set(i, r);
        lastSentence.set(i, sentence);
    }

    /** Indices still within a definite mention's reach, last first; the iterator's remove drops one for good. */
    Iterator<Integer> reachableBackwards() {
        return reachable.descendingIterator();
    }

    List<Report> reports() {
        return out;
    }

    /** An event report put forward as having happened. */
    static boolean assertedEvent(Report r) {
        return r.kind() == ReportKind.EVENT && r.modality().assertsOccurrence();
    }

    /** Whether two reports name the same place, or one of them names none. */
    static boolean samePlaceOrNone(Report p, Report r) {
        return p.location() == null || r.location() == null
                || p.location().mention().text().equalsIgnoreCase(r.location().mention().text());
    }

    /** Whether the report tells deaths or injuries. */
    static boolean harmTold(Report r) {
        return r.fatalities() != null || r.injured() != null;
    }

    /** A battle, an explosion or remote violence, or violence against civilians. */
    static boolean violent(SubEventType t) {
        return t != null && (t.eventType() == SubEventType.EventType.BATTLES
                || t.eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || t.eventType() == SubEventType.EventType.VIOLENCE_AGAINST_CIVILIANS);
    }
}
