package org.sitrep.link;

import java.util.List;
import org.sitrep.model.Report;

/**
 * The events already known, looked up by blocking keys (time and place) so that linking one report never scans
 * the whole collection. The in-memory index serves batch linking, tests and benchmarks; the recorder serves the
 * stored events through the store port (org.sitrep.record).
 */
public interface EventIndex {
    /**
     * The events that could hold this report: every event whose reports overlap its time window and lie near its
     * place (or lack a place or date). A superset is fine; the linker decides. The linker widens a report's window
     * by its date slack ({@link LinkSettings}) and allows the distance of the coarser geo precision, so blocking must
     * be at least that generous.
     */
    List<EventCluster> candidates(Report report);

    /**
     * As {@link #candidates(Report)}, given the report's link features already computed by the linker (an index
     * may use them for its keys, and keep them for when the report is added).
     */
    default List<EventCluster> candidates(Report report, LinkFeatures features) {
        return candidates(report);
    }

    /**
     * The order in which known events were created (lower is older), used to decide which id survives when a
     * report bridges two events: the older one. Indexes that do not track it may keep the default; ties are broken
     * by size, then id.
     */
    default long sequence(String eventId) {
        return 0;
    }

    /**
     * The link features of a known report, if the index keeps them (saves recomputing them for every comparison).
     * Null when not kept.
     */
    default LinkFeatures features(Report report) {
        return null;
    }

    /**
     * The link features of all reports of a cluster this index returned, in the cluster's report order, or null
     * when not kept.
     */
    default List<LinkFeatures> features(EventCluster cluster) {
        return null;
    }

    /**
     * The linker computed the features of a report that {@link #features(Report)} did not have (a known one, or a
     * new one of this batch, known once stored): an index may keep them for later batches (features depend on the
     * report's content only, never on its event).
     */
    default void keep(Report report, LinkFeatures features) {
    }
}
