package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.Mention;

/**
 * A finding that an actor mention does not fit a date.
 *
 * @param kind      what does not fit
 * @param actorId   the actor
 * @param mention   the words and where they stand
 * @param notBefore the earliest date the mention fits
 * @param flag      the flag put on the report, e.g. {@code anachronism:isis-name-before-2013-04}
 * @param reason    a sentence for the analyst
 */
public record Anachronism(Kind kind, String actorId, Mention mention, LocalDate notBefore, String flag, String reason) {
    public enum Kind {
        /** The name was not yet in use at the document's date (or, undated, at the report's date). */
        NAME_NOT_YET_IN_USE,
        /** The actor did not yet operate in the country at the report's (or document's) date. */
        NOT_YET_OPERATING,
        /** A later name used for an earlier event by a writer who knew it: normal in hindsight, noted only. */
        RETROSPECTIVE_NAME
    }

    public Anachronism {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the finding makes the date doubtful (retrospective naming does not). */
    public boolean doubtsDate() {
        return kind != Kind.RETROSPECTIVE_NAME;
    }
}
