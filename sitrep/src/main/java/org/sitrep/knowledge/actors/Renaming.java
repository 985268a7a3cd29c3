package org.sitrep.knowledge.actors;

import java.util.Objects;

/** An actor's official name changed from one name to another on a date (same actor, same id). */
public record Renaming(DateBound date, String from, String to) {
    public Renaming {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
