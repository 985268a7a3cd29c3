package org.sitrep.model;

import java.util.Locale;

/** An event report, or a numeric count observation (a row of a table of strikes per day). */
public enum ReportKind {
    EVENT, COUNT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
