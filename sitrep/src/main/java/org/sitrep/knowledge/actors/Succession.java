package org.sitrep.knowledge.actors;

import java.util.Objects;

/** An actor ended and another actor carried it on from a date (e.g. Jabhat Fateh al-Sham into Hayat Tahrir al-Sham). */
public record Succession(String actorId, DateBound date) {
    public Succession {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(date, "date");
    }
}
