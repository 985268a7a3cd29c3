package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the actor resolver knows about a whole document: its text, its publication date (null when unknown),
 * the country it is about and the actors it names explicitly. Built once per document by
 * {@link ActorResolver#context}.
 */
public record DocumentContext(String text, LocalDate published, DocumentFocus focus, Set<String> namedActors) {
    public DocumentContext {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(focus, "focus");
        namedActors = Set.copyOf(namedActors);
    }
}
