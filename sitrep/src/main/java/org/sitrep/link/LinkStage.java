package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Events;
import org.sitrep.model.Report;
import org.sitrep.model.Reports;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Key;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.ResolveStage;

/**
 * Turns a document's event reports into events: links them with {@link Linker} against a fresh in-memory index
 * (within-document linking: an article that tells the same attack twice gives one event), merges each event
 * with {@link EventMerger} and hands it to the assessor. Linking across documents happens in the store, which
 * keeps its own {@link EventIndex}. Count observations and unlinkable reports keep a null event id.
 */
public final class LinkStage implements Stage {
    public static final Key<Reports> LINKED = Key.of("link.reports", Reports.class);
    public static final Key<Events> EVENTS = Key.of("link.events", Events.class);

    private final Linker linker = Linker.standard();
    private final EventMerger merger = new EventMerger();
    private final EventAssessor assessor = EventAssessor.standard();

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
        List<Report> reports = in.get(ResolveStage.RESOLVED).items();
        LinkChanges changes = linker.link(reports, InMemoryEventIndex.standard());
        Document doc = in.document();
        Map<String, DocumentFacts> documents = Map.of(doc.id(),
                new DocumentFacts(doc.id(), doc.outlet(), doc.published(), null, null));
        List<Event> events = new ArrayList<>();
        for (EventCluster c : changes.touched()) {
            Event merged = merger.merge(c, documents);
            // hook: the assessor (org.sitrep.link.assess) counts sources, finds contradictions and grades
            events.add(assessor.assess(merged, c.reports(), documents));
        }
        return in.with(LINKED, new Reports(changes.linkedReports()), name()).with(EVENTS, new Events(events), name());
    }
}
