package org.sitrep.model;

import java.util.List;

/** The events a linking step produced for one document's reports. */
public record Events(List<Event> items) {
    public Events {
        items = List.copyOf(items);
    }
}
