package org.sitrep.engine;

import org.sitrep.extract.ExtractStage;
import org.sitrep.knowledge.actors.ActorKnowledgeBase;
import org.sitrep.knowledge.places.Gazetteer;
import org.sitrep.ingest.Reading;
import org.sitrep.ingest.Republication;
import org.sitrep.model.Document;
import org.sitrep.model.Processed;
import org.sitrep.pipeline.Annotated;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;
import org.sitrep.resolve.ResolveStage;
import org.sitrep.resolve.place.GazetteerPlacer;

/**
 * Builds the standard pipeline once (reference data loaded once) and runs documents through it: extraction and
 * resolution, per document, independent of every other document. Linking into events happens once, when a document
 * is recorded ({@code org.sitrep.record}). Thread-safe.
 */
public final class Engine {
    private final Pipeline pipeline;

    private Engine(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The pipeline with the bundled actor knowledge base and gazetteer. */
    public static Engine standard() {
        ExtractStage.preloadLearnedTypes();
        return with(ActorKnowledgeBase.bundled(), Gazetteer.get());
    }

    /**
     * Waits until what {@link #standard()} loads in the background (the learned type model) is loaded. A program
     * that ends with {@link System#exit} calls this first: the exit closes the model's native runtime, which must not
     * happen while the load is still creating its session.
     */
    public static void awaitBackgroundLoads() {
        ExtractStage.awaitLearnedTypes();
    }

    public static Engine with(ActorKnowledgeBase actors, Gazetteer places) {
        return new Engine(Pipeline.builder()
                .add(ExtractStage.withLearnedTypes(actors.names(), places.names()))
                .add(new ResolveStage(actors, new GazetteerPlacer(places, actors)))
                .build());
    }

    public Processed process(Document document) {
        return process(document, Progress.NONE);
    }

    /** As {@link #process(Document)}, telling {@code progress} how far each stage is within the document. */
    public Processed process(Document document, Progress progress) {
        Annotated a = pipeline.run(document, progress);
        return new Processed(a.document(), a.get(ResolveStage.RESOLVED).items());
    }

    /** As {@link #process(Document)}, keeping what ingest learnt of a republished page's original outlet. */
    public Processed process(Reading reading) {
        return process(reading, Progress.NONE);
    }

    /** As {@link #process(Reading)}, telling {@code progress} how far each stage is within the document. */
    public Processed process(Reading reading, Progress progress) {
        Processed p = process(reading.document(), progress);
        String original = reading.republication().map(Republication::originalOutlet).orElse(null);
        return new Processed(p.document(), p.reports(), original);
    }
}
