package org.sitrep.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Attribution;
import org.sitrep.model.Event;
import org.sitrep.model.Events;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Reports;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Key;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.ResolveStage;

/**
 * Turns a document's event reports into events. For now one event per event report; count observations
 * are never events. Cross-report linking replaces this with clustering.
 */
public final class LinkStage implements Stage {
    public static final Key<Reports> LINKED = Key.of("link.reports", Reports.class);
    public static final Key<Events> EVENTS = Key.of("link.events", Events.class);

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(ResolveStage.RESOLVED);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(LINKED, EVENTS);
    }

    @Override
    public Annotated apply(Annotated in) {
        List<Report> linked = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Report r : in.get(ResolveStage.RESOLVED).items()) {
            if (r.kind() != ReportKind.EVENT || !r.modality().assertsOccurrence()) {
                linked.add(r);
                continue;
            }
            String eventId = Event.idFor(r.id());
            linked.add(r.withEventId(eventId));
            events.add(new Event(eventId, r.subEventType(), r.actor1(), r.actor2(), r.assocActor1(),
                    r.assocActor2(), r.location(), r.date(), r.fatalities() == null ? null : r.fatalities().value(),
                    List.of(r.id()), sources(r), List.of()));
        }
        return in.with(LINKED, new Reports(linked), name()).with(EVENTS, new Events(events), name());
    }

    private static List<String> sources(Report r) {
        Set<String> s = new LinkedHashSet<>();
        for (Attribution a : r.attribution()) {
            if (a.role() != Attribution.Role.SPEAKER) {
                s.add(a.name());
            }
        }
        return List.copyOf(s);
    }
}
