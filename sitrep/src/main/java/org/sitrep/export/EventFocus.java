package org.sitrep.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Event;
import org.sitrep.store.Store;

/**
 * The country an event's documents are about (their {@code focus_country} flags), for events whose place gives
 * none. Each document counts once; a country is the answer when it has strictly more documents than any other,
 * so documents that disagree evenly leave the country unknown.
 */
public final class EventFocus {
    private final Store store;
    private final Map<String, Optional<String>> byDocument = new HashMap<>();

    public EventFocus(Store store) {
        this.store = store;
    }

    /** The focus country (ISO alpha-2) of the documents behind an event, when they agree on one. */
    public Optional<String> of(Event e) {
        Map<String, Integer> votes = new TreeMap<>();
        Map<String, Boolean> seen = new HashMap<>();
        List<ReportRecord> reports = store.reportsOfEvent(e.id());
        for (ReportRecord r : reports) {
            DocumentInfo d = r.document();
            if (seen.put(d.id(), Boolean.TRUE) == null) {
                byDocument.computeIfAbsent(d.id(), id -> focusOf(d)).ifPresent(c -> votes.merge(c, 1, Integer::sum));
            }
        }
        return strictWinner(votes);
    }

    static Optional<String> focusOf(DocumentInfo d) {
        for (String flag : d.flags()) {
            String c = DocumentFlag.focusCountryOf(flag);
            if (c != null && !c.isEmpty()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static Optional<String> strictWinner(Map<String, Integer> votes) {
        String best = null;
        int bestN = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
            if (v.getValue() > bestN) {
                best = v.getKey();
                bestN = v.getValue();
                tie = false;
            } else if (v.getValue() == bestN) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }
}
