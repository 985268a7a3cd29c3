package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Reports;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Key;
import org.sitrep.pipeline.Stage;

/** Finds event reports and count observations in the body and quote sections of a document. */
public final class ExtractStage implements Stage {
    public static final Key<Reports> REPORTS = Key.of("extract.reports", Reports.class);

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(REPORTS);
    }

    @Override
    public Annotated apply(Annotated in) {
        // SKELETON: replaced by the extraction engine.
        return in.with(REPORTS, new Reports(List.of()), name());
    }
}
