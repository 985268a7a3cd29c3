package org.sitrep.resolve.actor;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.ActorRef;

/**
 * The outcome of resolving one actor reference: the new reference, the rule that decided it (for audit) and any
 * flags for the report (e.g. a predecessor's name redirected to its successor).
 */
public record ActorResolution(ActorRef ref, Rule rule, List<String> flags) {
    public enum Rule {
        /** Already carried a knowledge-base id. */
        KEPT,
        /** One of the actor's names. */
        NAME,
        /** A name several actors share, decided by date or the document's country. */
        NAME_DISAMBIGUATED,
        /** A generic phrase followed by the actor's name in brackets or apposition: "Kurdish militia (YPG)". */
        GENERIC_APPOSITION,
        /** A generic phrase standing for the one such actor the document names ("the coalition" + "Saudi-led"). */
        GENERIC_DOCUMENT,
        /** "X led forces": the leading group X (as ACLED codes it). */
        LED_BY,
        /** A generic phrase standing for the one such group named in its sentence or the previous one. */
        GENERIC_NEARBY,
        /** A generic phrase read through the document's country focus ("government forces" in a Syria story). */
        GENERIC_FOCUS,
        /** A victim phrase no name matches, read by its head word ("six people", "a shepherd": Civilians). */
        VICTIM_HEAD,
        /** Only the ACLED category is known. */
        CATEGORY_ONLY,
        /** Nothing known: id and category stay null. */
        UNRESOLVED
    }

    public ActorResolution {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(rule, "rule");
        flags = List.copyOf(flags);
    }
}
