package org.sitrep.knowledge;

import java.util.List;
import org.sitrep.model.Span;

/** A known name found in text: where it stands and the ids of the entries it may denote. */
public record NameHit(Span span, String matched, List<String> entryIds) {
    public NameHit {
        entryIds = List.copyOf(entryIds);
    }
}
