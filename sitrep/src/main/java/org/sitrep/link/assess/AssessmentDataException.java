package org.sitrep.link.assess;

/** Bad assessment data (registry, cue lexicon, reliability table): the message names the file, line and problem. */
public final class AssessmentDataException extends IllegalArgumentException {
    public AssessmentDataException(String message) {
        super(message);
    }
}
