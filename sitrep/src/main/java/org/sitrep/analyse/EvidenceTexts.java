package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.store.Store;

/**
 * The sentences of an answer's evidence, read once the answer is known. Weighing control or a road reads every event
 * at a place over a year of look-back, but an answer cites only the few on its own days: an event's evidence is
 * gathered with its first report's id and no text ({@link #pending}), and the texts of the cited ones are read here
 * in one batch, instead of one report read per event weighed.
 */
final class EvidenceTexts {
    private final Store store;

    EvidenceTexts(Store store) {
        this.store = store;
    }

    /** Evidence of an event whose sentence is read later: its first report, when it has one. */
    static EvidenceItem pending(String firstReportId, String eventId, String sources, String modality) {
        return new EvidenceItem(firstReportId, eventId, null, sources, modality);
    }

    List<ControlInterval> intervals(List<ControlInterval> in) {
        Map<String, String> texts = texts(in.stream().flatMap(iv -> iv.evidence().stream()).toList());
        return in.stream().map(iv -> new ControlInterval(iv.place(), iv.from(), iv.to(), iv.status(), iv.holder(),
                iv.confidence(), filled(iv.evidence(), texts), iv.reasons())).toList();
    }

    List<RouteDay> days(List<RouteDay> in) {
        Map<String, String> texts = texts(in.stream().flatMap(d -> d.evidence().stream()).toList());
        return in.stream().map(d -> new RouteDay(d.route(), d.date(), d.status(), d.segments(), d.confidence(),
                filled(d.evidence(), texts), d.unlistedEvidence(), d.reasons())).toList();
    }

    private Map<String, String> texts(List<EvidenceItem> items) {
        Set<String> ids = new LinkedHashSet<>();
        for (EvidenceItem e : items) {
            if (waiting(e)) {
                ids.add(e.reportId());
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.evidenceTexts(ids);
    }

    private static List<EvidenceItem> filled(List<EvidenceItem> items, Map<String, String> texts) {
        List<EvidenceItem> out = new ArrayList<>(items.size());
        for (EvidenceItem e : items) {
            out.add(waiting(e) && texts.containsKey(e.reportId())
                    ? new EvidenceItem(e.reportId(), e.eventId(), texts.get(e.reportId()), e.source(), e.modality())
                    : e);
        }
        return out;
    }

    /** An event's evidence whose sentence is still to be read. */
    private static boolean waiting(EvidenceItem e) {
        return e.text() == null && e.reportId() != null && e.eventId() != null;
    }
}
