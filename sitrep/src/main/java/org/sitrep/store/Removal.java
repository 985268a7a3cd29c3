package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/**
 * Everything removing one stored document changes, committed by the store in one transaction: the document goes
 * with its reports, bytes and fingerprint; the events left with no report go ({@code emptied}, with the old ids
 * that answered to them); the events it shared with other documents are written anew from their remaining reports
 * ({@code rewritten}, each keeping its writer unless that was the removed document, when the document of its first
 * remaining report takes over); documents that were found to copy it no longer say so.
 */
public record Removal(String documentId, List<String> emptied, List<ChangeSet.EventWrite> rewritten) {
    public Removal {
        Objects.requireNonNull(documentId, "documentId");
        emptied = List.copyOf(emptied);
        rewritten = List.copyOf(rewritten);
        for (ChangeSet.EventWrite w : rewritten) {
            if (w.documentId() != null) {
                throw new IllegalArgumentException("a rewritten event keeps its writer (documentId null), not "
                        + w.documentId());
            }
            if (emptied.contains(w.event().id())) {
                throw new IllegalArgumentException("event " + w.event().id() + " both emptied and rewritten");
            }
        }
    }
}
