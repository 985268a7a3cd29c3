package org.sitrep.knowledge.actors;

import java.util.Objects;

/**
 * When an actor began operating in a country (ISO 3166-1 alpha-2), e.g. US-led coalition strikes in Syria from
 * 2014-09-23. A report placing the actor there earlier is an anachronism named by {@code tag}.
 */
public record Operation(String country, DateBound from, String tag, String note) {
    public Operation {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(tag, "tag");
        note = note == null ? "" : note;
    }
}
