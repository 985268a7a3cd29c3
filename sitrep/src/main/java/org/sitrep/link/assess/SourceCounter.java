package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.link.DocumentFacts;
import org.sitrep.model.Attribution;
import org.sitrep.model.Report;
import org.sitrep.model.SourceTally;

/**
 * Counts who reported an event: documents, outlets, speakers, and the independent sources left once copies,
 * relays and quotations of one organisation are counted once; the notes say which were merged and why.
 * Thread-safe.
 */
public final class SourceCounter {
    private final OriginResolver origins;

    public SourceCounter(OriginResolver origins) {
        this.origins = origins;
    }

    public SourceTally tally(List<Report> reports, Map<String, DocumentFacts> documents) {
        Set<String> docs = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> speakers = new LinkedHashSet<>();
        Map<String, Set<String>> documentsByOrigin = new LinkedHashMap<>();
        Map<String, Set<String>> outletsByOrigin = new LinkedHashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        for (Report r : reports) {
            docs.add(r.documentId());
            Origin o = origins.origin(r, documents);
            outlets.add(o.via());
            speakers.addAll(speakers(r));
            documentsByOrigin.computeIfAbsent(o.source(), k -> new LinkedHashSet<>()).add(r.documentId());
            outletsByOrigin.computeIfAbsent(o.source(), k -> new LinkedHashSet<>()).add(o.via());
            switch (o.path()) {
                case COPY -> notes.add(o.via() + " republished " + o.source() + " (document " + r.documentId()
                        + "): counted once");
                case RELAYED -> notes.add(o.via() + " relayed " + o.source() + ": not an independent source");
                default -> {
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : documentsByOrigin.entrySet()) {
            if (e.getValue().size() > 1) {
                notes.add(e.getKey() + " is behind " + e.getValue().size() + " documents (" + String.join(", ",
                        outletsByOrigin.get(e.getKey())) + "): counted as one source");
            }
        }
        return new SourceTally(docs.size(), new ArrayList<>(outlets), new ArrayList<>(speakers),
                new ArrayList<>(documentsByOrigin.keySet()), new ArrayList<>(notes));
    }

    /** Speakers as named, with the organisation they speak for when the chain states one. */
    static List<String> speakers(Report r) {
        List<String> out = new ArrayList<>();
        List<Attribution> chain = r.attribution();
        for (int i = 0; i < chain.size(); i++) {
            Attribution a = chain.get(i);
            if (a.role() != Attribution.Role.SPEAKER) {
                continue;
            }
            String org = null;
            for (int j = i + 1; j < chain.size() && org == null; j++) {
                if (chain.get(j).role() == Attribution.Role.ORGANISATION) {
                    org = chain.get(j).name();
                }
            }
            out.add(org == null ? a.name() : a.name() + " (" + org + ")");
        }
        return out;
    }
}
