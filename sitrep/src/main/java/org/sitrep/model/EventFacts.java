package org.sitrep.model;

import java.util.List;

/**
 * What an analysis weighs of an event (who holds a place, whether a road is open): its type, first side, place,
 * days, first report and sources. Analyses read thousands of events per answer; a store can read these from its
 * columns and the JSON's members without decoding whole events (their tallies, grades, every report id).
 *
 * @param firstReportId the event's first report, null when it has none
 */
public record EventFacts(String id, SubEventType subEventType, List<ActorRef> actor1, Location location,
                         DateSpan date, String firstReportId, List<String> sources) {
    public EventFacts {
        actor1 = List.copyOf(actor1);
        sources = List.copyOf(sources);
    }

    public static EventFacts of(Event e) {
        return new EventFacts(e.id(), e.subEventType(), e.actor1(), e.location(), e.date(),
                e.reportIds().isEmpty() ? null : e.reportIds().get(0), e.sources());
    }
}
