package org.sitrep.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Report;

/**
 * Everything one step of record keeping changes, committed by the store in one transaction: a new document with
 * its (linked) reports, events absorbed into others, stored reports moved to another event, and events written
 * anew. Applied in that order. A regrade is a change set without a document.
 */
public record ChangeSet(NewDocument document, Map<String, String> absorbed, List<ReportMove> moves,
                        List<EventWrite> events) {
    public ChangeSet {
        absorbed = Map.copyOf(absorbed);
        moves = List.copyOf(moves);
        events = List.copyOf(events);
    }

    /**
     * A document to add: its metadata, its reports in order (event ids set), how many events they belong to, whom
     * it copies (either may be null), its text fingerprint and band keys (opaque; empty when the text has none),
     * and the bytes it was read from (null when unknown).
     */
    public record NewDocument(DocumentInfo info, List<Report> reports, int eventCount, String originalOutlet,
                              String duplicateOf, byte[] fingerprint, long[] bandKeys, byte[] original) {
        public NewDocument {
            Objects.requireNonNull(info, "info");
            reports = List.copyOf(reports);
            fingerprint = fingerprint == null ? new byte[0] : fingerprint;
            bandKeys = bandKeys == null ? new long[0] : bandKeys;
            for (Report r : reports) {
                if (!r.documentId().equals(info.id())) {
                    throw new IllegalArgumentException("report " + r.id() + " belongs to document "
                            + r.documentId() + ", not " + info.id());
                }
            }
        }
    }

    /** A stored report that now belongs to another event. */
    public record ReportMove(String reportId, String eventId) {
    }

    /**
     * An event to write: the event, the document whose ingest wrote it and its ordinal there (both null to keep
     * the current writer, as a regrade does), and every outlet and speaker behind it, in order, for the source filter.
     */
    public record EventWrite(Event event, String documentId, Integer ordinal, List<String> sources) {
        public EventWrite {
            Objects.requireNonNull(event, "event");
            sources = List.copyOf(new LinkedHashSet<>(sources));
            if ((documentId == null) != (ordinal == null)) {
                throw new IllegalArgumentException("an event's writer is a document and an ordinal, or neither");
            }
        }
    }
}
