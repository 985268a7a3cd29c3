package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.engine.Engine;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Reading;
import org.sitrep.ingest.SourceFinder;
import org.sitrep.model.Processed;
import org.sitrep.record.Recorder;
import org.sitrep.model.Counts;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest use case: reads files, runs the engine over each, and records it (one change set, one transaction
 * per document). A file that cannot be read or processed is reported to the listener and skipped; the run goes
 * on and stored data is untouched.
 */
final class Ingest {
    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final DocumentReader reader = new DocumentReader();
    private final Engine engine;
    private final Store store;
    private final Recorder recorder;

    Ingest(Engine engine, Store store, Recorder recorder) {
        this.engine = engine;
        this.store = store;
        this.recorder = recorder;
    }

    IngestSummary run(List<Path> inputs, IngestListener listener) {
        int skipped = 0;
        List<Path> files = new ArrayList<>();
        for (Path root : inputs) {
            if (Files.isDirectory(root)) {
                List<Path> found = SourceFinder.find(List.of(root));
                if (found.isEmpty()) {
                    listener.problem(root, "no article files (.txt, .md, .markdown, .html, .htm) in this folder");
                    skipped++;
                }
                files.addAll(found);
            } else {
                files.add(root);
            }
        }
        listener.starting(files.size());
        return record(files, skipped, listener, file -> process(file, listener));
    }

    /**
     * One document given as bytes rather than a file (standard input, an upload); {@code name} stands for it in
     * messages and as its stored path.
     */
    IngestSummary one(String name, byte[] bytes, IngestListener listener) {
        listener.starting(1);
        return record(List.of(Path.of(name)), 0, listener, file -> process(name, bytes, file, listener));
    }

    private IngestSummary record(List<Path> files, int skippedBefore, IngestListener listener,
                                 java.util.function.Function<Path, Read> processor) {
        int skipped = skippedBefore;
        Counts before = store.counts();
        int added = 0;
        int unchanged = 0;
        for (Path file : files) {
            Read read = processor.apply(file);
            if (read == null) {
                skipped++;
            } else {
                try {
                    boolean isNew = recorder.record(read.processed(), read.bytes()) == PutResult.ADDED;
                    if (isNew) {
                        added++;
                    } else {
                        unchanged++;
                    }
                    listener.recorded(read.processed().document().id(), isNew);
                } catch (StoreException e) {
                    listener.problem(file, "not stored: " + e.getMessage());
                    skipped++;
                }
            }
            listener.step();
        }
        Counts after = store.counts();
        return new IngestSummary(added, unchanged, skipped, after.reports() - before.reports(),
                after.events() - before.events());
    }

    /** A processed file and the bytes it was read from. */
    private record Read(Processed processed, byte[] bytes) {
    }

    /** The processed document, or null (after saying why) when the file is bad. */
    private Read process(Path file, IngestListener listener) {
        if (!Files.exists(file)) {
            listener.problem(file, "no such file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            listener.problem(file, "not a regular file");
            return null;
        }
        if (!Files.isReadable(file)) {
            listener.problem(file, "cannot read (permission denied)");
            return null;
        }
        byte[] bytes;
        try {
            bytes = reader.bytes(file);
        } catch (IngestException e) {
            listener.problem(file, e.problem());
            return null;
        }
        return process(file.toString(), bytes, file, listener);
    }

    private Read process(String name, byte[] bytes, Path file, IngestListener listener) {
        Reading d;
        try {
            d = reader.readFully(name, bytes);
        } catch (IngestException e) {
            listener.problem(file, e.problem());
            return null;
        }
        try {
            return new Read(engine.process(d), bytes);
        } catch (RuntimeException e) {
            // one document the pipeline cannot handle must not stop the run; the trace goes to the log
            LOG.debug("processing {} failed", file, e);
            listener.problem(file, "processing failed: " + e);
            return null;
        }
    }
}
