package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;

/**
 * Links new reports into events, incrementally: each new event report joins the known event it matches best
 * (from {@link EventIndex#candidates}), founds a new event, or joins events it bridges. Event ids stay stable as
 * events gain reports. Count observations and reports that assert no occurrence are never linked.
 *
 * <p>PLACEHOLDER BODY: one event per report, to be replaced by the clustering linker.
 */
public final class Linker {

    public static Linker standard() {
        return new Linker();
    }

    public LinkChanges link(List<Report> newReports, EventIndex index) {
        List<Report> linked = new ArrayList<>();
        List<EventCluster> touched = new ArrayList<>();
        for (Report r : newReports) {
            if (r.kind() != ReportKind.EVENT || !r.modality().assertsOccurrence()) {
                linked.add(r);
                continue;
            }
            Report withId = r.withEventId(Event.idFor(r.id()));
            linked.add(withId);
            touched.add(new EventCluster(withId.eventId(), List.of(withId)));
        }
        return new LinkChanges(linked, touched, Map.of());
    }
}
