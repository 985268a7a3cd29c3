package org.sitrep.link;

import java.util.List;
import org.sitrep.model.Report;

/**
 * Linking in batch: all reports of a block at once, without a store, with the same rules, scores and tie-breaks as
 * the incremental form (the recorder linking each new document into the stored events), so the two agree on the
 * same input. Documents are taken in the order they were recorded, each with its reports in order; a distributed
 * job runs one batch per {@link BlockKey}.
 */
public final class BatchLinker {
    private final Linker linker;
    private final LinkSettings settings;

    public BatchLinker(Linker linker, LinkSettings settings) {
        this.linker = linker;
        this.settings = settings;
    }

    public static BatchLinker standard() {
        return new BatchLinker(Linker.standard(), LinkSettings.standard());
    }

    /** The events the reports of these documents make, oldest first. */
    public List<EventCluster> linkAll(List<List<Report>> documents) {
        InMemoryEventIndex index = new InMemoryEventIndex(linker, settings);
        EventIndex asStored = new AsStored(index);
        for (List<Report> reports : documents) {
            index.apply(linker.link(reports.stream().map(r -> r.eventId() == null ? r : r.withEventId(null))
                    .toList(), asStored));
        }
        return index.events();
    }

    /**
     * The in-memory index as the store's index looks to the linker: known events carry no creation order, so when
     * a report bridges two known events the larger survives (then the lower id), as in the store.
     */
    private record AsStored(InMemoryEventIndex index) implements EventIndex {
        @Override
        public List<EventCluster> candidates(Report report) {
            return index.candidates(report);
        }

        @Override
        public List<EventCluster> candidates(Report report, LinkFeatures features) {
            return index.candidates(report, features);
        }

        @Override
        public LinkFeatures features(Report report) {
            return index.features(report);
        }

        @Override
        public List<LinkFeatures> features(EventCluster cluster) {
            return index.features(cluster);
        }
    }
}
