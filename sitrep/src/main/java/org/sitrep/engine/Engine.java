package org.sitrep.engine;

import org.sitrep.extract.ExtractStage;
import org.sitrep.link.LinkStage;
import org.sitrep.model.Document;
import org.sitrep.model.Processed;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.ResolveStage;

/** Builds the standard pipeline once (reference data loaded once) and runs documents through it. Thread-safe. */
public final class Engine {
    private final Pipeline pipeline;

    private Engine(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static Engine standard() {
        return new Engine(Pipeline.builder()
                .add(new ExtractStage())
                .add(new ResolveStage())
                .add(new LinkStage())
                .build());
    }

    public Processed process(Document document) {
        Annotated a = pipeline.run(document);
        return new Processed(a.document(), a.get(LinkStage.LINKED).items(), a.get(LinkStage.EVENTS).items());
    }
}
