package org.sitrep.resolve;

import java.util.Set;
import org.sitrep.extract.ExtractStage;
import org.sitrep.model.Reports;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Key;
import org.sitrep.pipeline.Stage;

/** Resolves actors, places and dates of extracted reports and checks them against each other. */
public final class ResolveStage implements Stage {
    public static final Key<Reports> RESOLVED = Key.of("resolve.reports", Reports.class);

    @Override
    public String name() {
        return "resolve";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(ExtractStage.REPORTS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(RESOLVED);
    }

    @Override
    public Annotated apply(Annotated in) {
        // SKELETON: replaced by the actor, place and date resolvers.
        return in.with(RESOLVED, in.get(ExtractStage.REPORTS), name());
    }
}
