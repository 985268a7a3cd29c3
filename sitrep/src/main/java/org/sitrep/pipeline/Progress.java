package org.sitrep.pipeline;

/**
 * Where a stage is within one document, for a caller that shows progress on a long file: {@code done} of
 * {@code total} characters of the document's text read by {@code stage}. Stages call it often and cheaply; the
 * receiver decides how often to show anything.
 */
@FunctionalInterface
public interface Progress {
    /** Hears nothing. */
    Progress NONE = (stage, done, total) -> {
    };

    void at(String stage, long done, long total);

    /** The progress a run carries ({@link Pipeline#run(org.sitrep.model.Document, Progress)}), else {@link #NONE}. */
    static Progress of(Annotated a) {
        return a.find(Keys.PROGRESS).orElse(NONE);
    }
}
