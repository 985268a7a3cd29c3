package org.sitrep.model.analysis;

import java.util.Locale;

/** Who holds a place: one side ({@code held}), fighting or disagreeing claims ({@code contested}), or unknown. */
public enum ControlState {
    HELD, CONTESTED, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
