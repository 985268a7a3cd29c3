package org.sitrep.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How firmly a report is put forward, and the matching FactBank value relative to the document's author.
 */
public enum Modality {
    ASSERTED("CT+"),
    REPORTED("PR+"),
    CLAIMED("PS+"),
    ALLEGED("PS+"),
    UNVERIFIED("Uu"),
    DENIED("CT-"),
    SPECULATIVE("PS+"),
    PREDICTED("Uu"),
    HYPOTHETICAL("Uu"),
    NEGATED("CT-");

    private final String factBank;

    Modality(String factBank) {
        this.factBank = factBank;
    }

    /** FactBank factuality of the event according to the document's author. */
    public String factBank() {
        return factBank;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the report says the event happened (possibly through others), not that it might or did not. */
    public boolean assertsOccurrence() {
        return this == ASSERTED || this == REPORTED || this == CLAIMED || this == ALLEGED || this == UNVERIFIED;
    }

    public static Optional<Modality> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
