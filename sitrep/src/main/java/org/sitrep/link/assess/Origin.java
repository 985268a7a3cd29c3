package org.sitrep.link.assess;

import java.util.Objects;

/**
 * Where a report's information comes from, once relays and copies are seen through: {@code source} is the
 * registry name (or the name as written when unknown), {@code via} the outlet whose document carries the report,
 * and {@code path} how the two are related.
 */
public record Origin(String source, String via, Path path) {
    public Origin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(path, "path");
    }

    public enum Path {
        /** the document's outlet speaks for itself. */
        OWN,
        /** an organisation (monitor, ministry, activists' group) stated it; the outlet quotes it. */
        ORGANISATION,
        /** the outlet only relays another outlet ("..., AFP reported"). */
        RELAYED,
        /** the document republishes another outlet's text (a repost or shared wire copy). */
        COPY
    }
}
