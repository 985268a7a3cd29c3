package org.sitrep.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One link of a report's "who says so" chain. A report's chain lists the innermost speaker first and the
 * document's own outlet last. {@code mention} is null for links not stated in the sentence (the document's outlet).
 */
public record Attribution(String name, Role role, Mention mention) {
    public Attribution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public enum Role {
        SPEAKER, ORGANISATION, OUTLET, AUTHOR, DOCUMENT_OUTLET;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
