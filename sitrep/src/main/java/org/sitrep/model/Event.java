package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A real-world happening that one or more reports describe. Merged values come from its reports;
 * {@code sources} names the outlets and speakers behind them. The id stays stable as reports join.
 */
public record Event(
        String id,
        SubEventType subEventType,
        List<ActorRef> actor1,
        List<ActorRef> actor2,
        List<ActorRef> assocActor1,
        List<ActorRef> assocActor2,
        Location location,
        DateSpan date,
        Integer fatalities,
        List<String> reportIds,
        List<String> sources,
        List<String> flags) {

    public Event {
        Objects.requireNonNull(id, "id");
        actor1 = List.copyOf(actor1 == null ? List.of() : actor1);
        actor2 = List.copyOf(actor2 == null ? List.of() : actor2);
        assocActor1 = List.copyOf(assocActor1 == null ? List.of() : assocActor1);
        assocActor2 = List.copyOf(assocActor2 == null ? List.of() : assocActor2);
        reportIds = List.copyOf(reportIds == null ? List.of() : reportIds);
        sources = List.copyOf(sources == null ? List.of() : sources);
        flags = List.copyOf(flags == null ? List.of() : flags);
        if (reportIds.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one report");
        }
    }

    /** A stable event id derived from the report that founded it. */
    public static String idFor(String foundingReportId) {
        return "e" + Report.digest("event:" + foundingReportId).substring(0, 16);
    }
}
