package org.sitrep.app;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.link.assess.SourceRegistry;

/**
 * How events are graded: the bundled source registry, plus the user's extra registries and source reliability
 * letters. Built (and its files read) before any work starts, so a bad file stops a run before anything is stored.
 */
public final class Grading {
    private final EventAssessor assessor;

    private Grading(EventAssessor assessor) {
        this.assessor = assessor;
    }

    /** The bundled registry; every source's reliability F, "cannot be judged". */
    public static Grading standard() {
        return new Grading(EventAssessor.standard());
    }

    /**
     * The bundled registry with these extra registries (may be empty) and reliability letters (may be null).
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static Grading from(List<Path> extraRegistries, Path reliabilityLetters) {
        EventAssessor assessor = EventAssessor.standard();
        if (!extraRegistries.isEmpty()) {
            assessor = assessor.withRegistry(SourceRegistry.load(extraRegistries));
        }
        if (reliabilityLetters != null) {
            assessor = assessor.withReliability(reliabilityLetters);
        }
        return new Grading(assessor);
    }

    EventAssessor assessor() {
        return assessor;
    }
}
