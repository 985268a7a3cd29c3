package org.sitrep.link;

import java.util.List;
import org.sitrep.model.Report;

/**
 * The events already known, looked up by blocking keys (time and place) so that linking one report never scans
 * the whole collection. The in-memory index serves tests and benchmarks; the store serves its own.
 */
public interface EventIndex {
    /**
     * The events that could hold this report: every event whose reports overlap its time window and lie near its
     * place (or lack a place or date). A superset is fine; the linker decides.
     */
    List<EventCluster> candidates(Report report);
}
