package org.sitrep.link.assess;

import java.util.List;
import java.util.Objects;

/**
 * One source of the registry: an outlet, monitor or government body, with the facts a public reference states
 * about it. {@code alignedWith} is empty when the reference names no state, party or group; {@code country}
 * empty when not stated. {@code governmentBody} marks ministries and military commands (format "government body").
 */
public record SourceEntry(String name, List<String> aliases, List<String> domains, String country,
                          List<String> languages, Affiliation affiliation, String alignedWith, String format,
                          String basis, String referenceUrl) {
    public SourceEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(affiliation, "affiliation");
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        languages = List.copyOf(languages);
        country = country == null ? "" : country;
        alignedWith = alignedWith == null ? "" : alignedWith;
        format = format == null ? "" : format;
        basis = basis == null ? "" : basis;
        Objects.requireNonNull(referenceUrl, "referenceUrl");
    }

    public boolean governmentBody() {
        return "government body".equalsIgnoreCase(format);
    }
}
