package org.sitrep.extract;

import org.sitrep.model.Modality;

/** A modality cue from modality.tsv and how far it reaches. */
record Cue(Modality modality, Scope scope) {
    enum Scope {
        /** Anywhere in the sentence. */
        SENTENCE,
        /** A few words before the trigger, in the same clause. */
        BEFORE,
        /** Only the trigger right after it: that trigger cannot anchor an asserted report. */
        TRIGGER,
        /** A plural noun trigger right after it ("including attacks on"), in a clause without a place or count. */
        GENERIC
    }
}
