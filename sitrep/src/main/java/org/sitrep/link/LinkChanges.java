package org.sitrep.link;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Report;

/**
 * What linking a batch of new reports changed: the new reports with their event ids set, every event created
 * or grown (with all its reports, old and new), and events absorbed into another one (old id → surviving id).
 */
public record LinkChanges(List<Report> linkedReports, List<EventCluster> touched, Map<String, String> mergedInto) {
    public LinkChanges {
        linkedReports = List.copyOf(linkedReports);
        touched = List.copyOf(touched);
        mergedInto = Map.copyOf(mergedInto);
    }
}
