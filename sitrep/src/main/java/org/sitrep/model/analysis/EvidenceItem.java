package org.sitrep.model.analysis;

/**
 * One piece of evidence behind an answer: a stored report (and its event, when linked), the sentence it rests on,
 * its source and how firmly it was put forward. {@code eventId} or {@code reportId} may be null, not both.
 */
public record EvidenceItem(String reportId, String eventId, String text, String source, String modality) {
}
