package org.sitrep.link;

import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/**
 * Merges the reports of one event into the event record: values with provenance, ACLED's most conservative
 * fatality figure with the dispute noted, first and last report dates.
 *
 * <p>PLACEHOLDER BODY: takes the founding report's values; to be replaced.
 */
public final class EventMerger {

    public Event merge(EventCluster cluster, Map<String, DocumentFacts> documents) {
        Report r = cluster.reports().get(0);
        return new Event(cluster.eventId(), r.subEventType(), r.actor1(), r.actor2(), r.assocActor1(),
                r.assocActor2(), r.location(), r.date(), r.fatalities() == null ? null : r.fatalities().value(),
                cluster.reports().stream().map(Report::id).toList(), java.util.List.of(), java.util.List.of());
    }
}
