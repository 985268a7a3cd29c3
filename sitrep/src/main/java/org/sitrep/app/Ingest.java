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
import org.sitrep.model.DocumentFlag;
import org.sitrep.model.Processed;
import org.sitrep.record.Recorder;
import org.sitrep.store.Counts;
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
        long[] sizes = files.stream().mapToLong(Ingest::sizeOf).toArray();
        listener.starting(files.size(), java.util.Arrays.stream(sizes).sum());
        Counts before = store.counts();
        int added = 0;
        int unchanged = 0;
        long bytesDone = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            FileProgress progress = new FileProgress(listener, bytesDone, sizes[i]);
            Read read = process(file, listener, progress);
            if (read == null) {
                skipped++;
            } else {
                progress.recording();
                try {
                    if (recorder.record(read.processed(), read.bytes()) == PutResult.ADDED) {
                        added++;
                    } else {
                        unchanged++;
                    }
                } catch (StoreException e) {
                    listener.problem(file, "not stored: " + e.getMessage());
                    skipped++;
                }
            }
            bytesDone += sizes[i];
            listener.progress(bytesDone);
            listener.step();
        }
        Counts after = store.counts();
        return new IngestSummary(added, unchanged, skipped, after.reports() - before.reports(),
                after.events() - before.events());
    }

    /** The size of a file in bytes, 0 when it cannot be told (the file is reported when it is read). */
    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** A processed file and the bytes it was read from. */
    private record Read(Processed processed, byte[] bytes) {
    }

    /** The processed document, or null (after saying why) when the file is bad. */
    private Read process(Path file, IngestListener listener, FileProgress progress) {
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
        Reading d;
        try {
            bytes = reader.bytes(file);
            d = reader.readFully(file.toString(), bytes);
        } catch (IngestException e) {
            listener.problem(file, e.problem());
            return null;
        }
        try {
            Processed p = engine.process(d, progress);
            p.document().flags().stream().filter(DocumentFlag::isLimitDetail).forEach(f -> listener.warning(file, f));
            return new Read(p, bytes);
        } catch (RuntimeException e) {
            // one document the pipeline cannot handle must not stop the run; the trace goes to the log
            LOG.debug("processing {} failed", file, e);
            listener.problem(file, "processing failed: " + e);
            return null;
        }
    }
}
