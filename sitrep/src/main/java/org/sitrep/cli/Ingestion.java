package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sitrep.engine.Engine;
import org.sitrep.model.Processed;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.Reading;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.SourceFinder;
import org.sitrep.model.Document;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, processes and stores files one document (one transaction) at a time. A file that cannot be read or
 * processed is reported as "sitrep: FILE: PROBLEM" and skipped; the run goes on and stored data is untouched.
 */
final class Ingestion {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

    /** What to ingest: the store, the files and folders named, whether to draw a progress bar on stderr. */
    record Job(Path db, List<Path> inputs, boolean progress) {
        Job {
            inputs = List.copyOf(inputs);
        }
    }

    private final DocumentReader reader = new DocumentReader();
    private final Engine engine;
    private final PrintWriter err;

    Ingestion(Engine engine, PrintWriter err) {
        this.engine = engine;
        this.err = err;
    }

    IngestSummary run(Store store, List<Path> inputs, boolean progress) {
        int skipped = 0;
        List<Path> files = new ArrayList<>();
        for (Path root : inputs) {
            if (Files.isDirectory(root)) {
                List<Path> found = SourceFinder.find(List.of(root));
                if (found.isEmpty()) {
                    problem(root, "no article files (.txt, .md, .markdown, .html, .htm) in this folder");
                    skipped++;
                }
                files.addAll(found);
            } else {
                files.add(root);
            }
        }
        int added = 0;
        int unchanged = 0;
        int reports = 0;
        int events = 0;
        try (ProgressBar bar = progress && files.size() > 1 ? bar(files.size()) : null) {
            for (Path file : files) {
                Processed p = process(file);
                if (p == null) {
                    skipped++;
                } else {
                    try {
                        if (store.put(p) == PutResult.ADDED) {
                            added++;
                            reports += p.reports().size();
                            events += p.events().size();
                        } else {
                            unchanged++;
                        }
                    } catch (StoreException e) {
                        problem(file, "not stored: " + e.getMessage());
                        skipped++;
                    }
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        return new IngestSummary(added, unchanged, skipped, reports, events);
    }

    /** The processed document, or null (after saying why) when the file is bad. */
    private Processed process(Path file) {
        if (!Files.exists(file)) {
            problem(file, "no such file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problem(file, "not a regular file");
            return null;
        }
        if (!Files.isReadable(file)) {
            problem(file, "cannot read (permission denied)");
            return null;
        }
        Reading d;
        try {
            d = reader.readFully(file);
        } catch (IngestException e) {
            problem(file, e.problem());
            return null;
        }
        try {
            return engine.process(d);
        } catch (RuntimeException e) {
            // one document the pipeline cannot handle must not stop the run; the trace goes to the log
            LOG.debug("processing {} failed", file, e);
            problem(file, "processing failed: " + e);
            return null;
        }
    }

    private void problem(Path file, String problem) {
        err.println("sitrep: " + file + ": " + problem);
        err.flush();
    }

    private static ProgressBar bar(int max) {
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(max)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
