package org.sitrep.app;

import java.util.List;

/**
 * What removing a document did: its id and path, how many reports went, the events recomputed from their
 * remaining reports and the events that went with it (no report left).
 */
public record RemoveSummary(String documentId, String path, int reports, List<String> recomputed,
                            List<String> removedEvents) {
    public RemoveSummary {
        recomputed = List.copyOf(recomputed);
        removedEvents = List.copyOf(removedEvents);
    }

    /** One line for the user. */
    public String line() {
        return "removed document " + documentId + " (" + path + "): " + reports + (reports == 1 ? " report" : " reports")
                + ", " + removedEvents.size() + (removedEvents.size() == 1 ? " event" : " events") + " gone, "
                + recomputed.size() + " recomputed from their remaining reports";
    }
}
