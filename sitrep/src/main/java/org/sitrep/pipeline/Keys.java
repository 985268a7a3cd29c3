package org.sitrep.pipeline;

import org.sitrep.model.Reports;

/**
 * The annotations stages hand one another, named here so that a stage needs only the pipeline, never another
 * stage's class: stages stay independent and any of them can be replaced.
 */
public final class Keys {
    /** The event and count reports extraction finds, their actors and places not yet resolved. */
    public static final Key<Reports> EXTRACTED = Key.of("extract.reports", Reports.class);
    /** The reports with actors and places resolved against the knowledge bases. */
    public static final Key<Reports> RESOLVED = Key.of("resolve.reports", Reports.class);

    /** Who hears how far the stages are within the document (set by the caller of a run, not by a stage). */
    public static final Key<Progress> PROGRESS = Key.of("run.progress", Progress.class);

    private Keys() {
    }
}
