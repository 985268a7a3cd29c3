package org.sitrep.link.assess;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Ownership or affiliation of a source, as the registry's public references state it. */
public enum Affiliation {
    STATE_OWNED("state-owned"),
    GOVERNMENT_ALIGNED("government-aligned"),
    OPPOSITION_ALIGNED("opposition-aligned"),
    PARTY_AFFILIATED("party-affiliated"),
    ARMED_GROUP_MEDIA("armed-group media"),
    MONITOR("monitor"),
    WIRE_SERVICE("wire service"),
    INDEPENDENT("independent");

    private final String wire;

    Affiliation(String wire) {
        this.wire = wire;
    }

    /** The spelling used in sources.tsv. */
    public String wireName() {
        return wire;
    }

    public static Optional<Affiliation> parse(String s) {
        String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.wire.equals(t)).findFirst();
    }
}
