package org.sitrep.model.analysis;

import java.util.Objects;

/** A town (or crossing) along a route, with its gazetteer id and coordinates. */
public record Town(String name, String gazetteerId, double lat, double lon) {
    public Town {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gazetteerId, "gazetteerId");
    }
}
