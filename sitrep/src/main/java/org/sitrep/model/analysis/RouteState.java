package org.sitrep.model.analysis;

import java.util.Locale;

/** A route on a day: open, contested (fighting on it, or sources disagree), cut, or unknown. */
public enum RouteState {
    OPEN, CONTESTED, CUT, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
