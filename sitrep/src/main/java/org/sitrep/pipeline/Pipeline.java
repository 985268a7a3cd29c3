package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;

/** An ordered chain of stages, checked when built: each stage's requirements are provided by an earlier one. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    public Annotated run(Document document) {
        return run(document, Progress.NONE);
    }

    /** As {@link #run(Document)}, telling {@code progress} how far the stages are within the document. */
    public Annotated run(Document document, Progress progress) {
        Annotated a = Annotated.of(document).with(Keys.PROGRESS, progress, "caller");
        for (Stage s : stages) {
            a = s.apply(a);
            for (Key<?> k : s.provides()) {
                if (!a.has(k)) {
                    throw new IllegalStateException("stage " + s.name() + " declared " + k + " but did not provide it");
                }
            }
        }
        return a;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Key<?>> available = new HashSet<>();

        private Builder() {
        }

        /** Adds a stage; fails at once, naming the stage and the key, if a requirement is not yet provided. */
        public Builder add(Stage stage) {
            for (Key<?> k : stage.requires()) {
                if (!available.contains(k)) {
                    throw new IllegalStateException("stage " + stage.name() + " requires " + k
                            + " which no earlier stage provides (have: " + available + ")");
                }
            }
            for (Key<?> k : stage.provides()) {
                if (available.contains(k)) {
                    throw new IllegalStateException("stage " + stage.name() + " provides " + k
                            + " which an earlier stage already provides");
                }
            }
            available.addAll(stage.provides());
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
