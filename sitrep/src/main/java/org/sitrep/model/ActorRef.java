package org.sitrep.model;

import java.util.Objects;

/**
 * An actor as a report names it. {@code id} is the knowledge-base id once resolved, else null;
 * {@code name} is the canonical name when resolved, else the mention's text.
 * {@code category} is the ACLED inter code (1..8) when known, else null.
 */
public record ActorRef(String name, String id, Integer category, Mention mention) {
    public ActorRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
        if (category != null && (category < 1 || category > 8)) {
            throw new IllegalArgumentException("ACLED actor category must be 1..8: " + category);
        }
    }

    public static ActorRef unresolved(Mention mention) {
        return new ActorRef(mention.text(), null, null, mention);
    }

    public boolean resolved() {
        return id != null;
    }
}
