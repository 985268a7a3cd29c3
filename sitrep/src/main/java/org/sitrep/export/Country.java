package org.sitrep.export;

import java.util.Objects;

/** A country as ACLED codes it: name, ISO 3166-1 codes (numeric is ACLED's {@code iso}) and ACLED region. */
public record Country(String name, String alpha2, String alpha3, int isoNumeric, String region) {
    public Country {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alpha2, "alpha2");
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(region, "region");
        if (isoNumeric < 1 || isoNumeric > 999) {
            throw new IllegalArgumentException("ISO numeric codes are 001..999: " + isoNumeric);
        }
    }
}
