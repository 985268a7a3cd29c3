package org.sitrep.model;

import java.util.Locale;

/**
 * An event report, a numeric count observation (a row of a table of strikes per day), or a status observation (a
 * state of a route or place: "the road was still cut").
 */
public enum ReportKind {
    EVENT, COUNT, STATUS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
