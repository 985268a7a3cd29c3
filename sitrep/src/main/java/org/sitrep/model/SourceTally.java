package org.sitrep.model;

import java.util.List;

/**
 * Who reported an event: the documents and outlets carrying its reports, the speakers quoted, and the
 * independent sources once syndicated copies and relays are counted once. {@code independentSources} names the
 * origin of each independent line of reporting (a monitor relayed by two agencies is one).
 */
public record SourceTally(int documents, List<String> outlets, List<String> speakers,
                          List<String> independentSources, List<String> notes) {
    public SourceTally {
        if (documents < 0) {
            throw new IllegalArgumentException("documents must be >= 0");
        }
        outlets = List.copyOf(outlets == null ? List.of() : outlets);
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        independentSources = List.copyOf(independentSources == null ? List.of() : independentSources);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    public int independent() {
        return independentSources.size();
    }

    public static SourceTally empty() {
        return new SourceTally(0, List.of(), List.of(), List.of(), List.of());
    }
}
